package se.samverkansgrafen.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the benchmark runs:
 * <pre>
 * --sizes S,M,L        sizes in this order (default S); S is the repository's ontology/ and data/
 * --data M=DIR,L=DIR   generated data per size (default var/synth/M, var/synth/L)
 * --clients 1,8,32     concurrent clients, each with its own keep-alive connection
 * --requests N         requests per measurement (default 200)
 * --max-seconds T      time allowed per measurement once 30 requests are done (default 3)
 * --only REGEX         only the targets whose name matches
 * --analysts           also who-sits-where with analysts keeping /sparql busy
 * --quick              40 requests, 1 and 8 clients, 1 s per measurement
 * --stores DIR         keep each size's TDB2 under DIR/SIZE and start on it when it is there
 * --cached             with the service's answer cache on (samverkan.query.cache-values, its
 *                      default): a repeated request is then a cache hit. Without it the cache is
 *                      off, so every request does the work that its raw reference does.
 * </pre>
 */
record BenchmarkOptions(List<String> sizes, Map<String, Path> data, List<Integer> clients, int requests,
        double maxSeconds, Pattern only, boolean analysts, Path stores, boolean cached) {

    static final List<String> SIZES = List.of("S", "M", "L");

    static BenchmarkOptions parse(String[] args) {
        List<String> sizes = List.of("S");
        Map<String, Path> data = new LinkedHashMap<>(Map.of("M", Path.of("var/synth/M"), "L", Path.of("var/synth/L")));
        List<Integer> clients = List.of(1, 8, 32);
        int requests = 200;
        double maxSeconds = 3;
        Pattern only = null;
        boolean analysts = false;
        boolean quick = false;
        Path stores = null;
        boolean cached = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> quick = true;
                case "--analysts" -> analysts = true;
                case "--cached" -> cached = true;
                case "--sizes", "--size" -> sizes = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::strip).map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
                case "--data" -> {
                    for (String entry : value(args, ++i, arg).split(",")) {
                        String[] kv = entry.split("=", 2);
                        if (kv.length != 2) {
                            throw new IllegalArgumentException("--data takes SIZE=DIR[,SIZE=DIR], got " + entry);
                        }
                        data.put(kv[0].strip().toUpperCase(java.util.Locale.ROOT), Path.of(kv[1].strip()));
                    }
                }
                case "--clients" -> clients = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::strip).map(Integer::parseInt).toList();
                case "--requests" -> requests = Integer.parseInt(value(args, ++i, arg));
                case "--max-seconds" -> maxSeconds = Double.parseDouble(value(args, ++i, arg));
                case "--only" -> only = Pattern.compile(value(args, ++i, arg));
                case "--stores" -> stores = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg
                        + " (options: --sizes S,M,L --data M=DIR --clients 1,8,32 --requests N --max-seconds T"
                        + " --only REGEX --analysts --quick --stores DIR --cached)");
            }
        }
        if (quick) {
            requests = Math.min(requests, 40);
            clients = clients.stream().filter(c -> c <= 8).toList();
            maxSeconds = Math.min(maxSeconds, 1);
        }
        for (String size : sizes) {
            if (!SIZES.contains(size)) {
                throw new IllegalArgumentException("Unknown size " + size + "; sizes are " + SIZES);
            }
        }
        return new BenchmarkOptions(sizes, data, clients, requests, maxSeconds, only, analysts, stores, cached);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    boolean includes(String target) {
        return only == null || only.matcher(target).find();
    }
}
