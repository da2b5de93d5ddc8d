package se.samverkansgrafen.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collaboration structure of one region, shaped like the seeds': a political
 * samverkansråd with its beredning, the KC/RD group, chefsgrupper with their AU,
 * länsdelsgrupper, tvärgrupper, specifika samverkansråd, styrgrupper, nätverk and
 * arbetsgrupper, each reporting to the group above it. Seats go to posts: every
 * municipality has the same posts, and so does every region.
 */
final class Structure {

    private static final String[] PARTS = {"norr", "söder", "väster", "öster", "mitt"};
    private static final String[] PART_AREAS = {"norra länsdelen", "södra länsdelen", "västra länsdelen",
            "östra länsdelen", "mellersta länsdelen"};

    private final Regions.Region region;
    private final String prefix;
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    Structure(Regions.Region region) {
        this.region = region;
        this.prefix = Iris.PREFIX + region.slug() + "-";
        createPosts();
        createGroups();
    }

    Regions.Region region() {
        return region;
    }

    List<Post> posts() {
        return List.copyOf(posts.values());
    }

    List<Group> groups() {
        return List.copyOf(groups);
    }

    Group group(String shortSlug) {
        return groups.stream().filter(g -> g.slug().equals(prefix + shortSlug)).findFirst().orElseThrow();
    }

    /** Groups whose slug starts with the given short slug (all länsdelsgrupper, all tvärgrupper). */
    List<Group> groups(String shortSlugStart) {
        return groups.stream().filter(g -> g.slug().startsWith(prefix + shortSlugStart)).toList();
    }

    String prefix() {
        return prefix;
    }

    private void createPosts() {
        String r = region.label();
        regionPost("rd", "regiondirektör", false);
        regionPost("hsd", "hälso- och sjukvårdsdirektör", false);
        regionPost("omr-nara", "områdeschef Nära vård", false);
        regionPost("omr-psyk", "områdeschef Psykiatri", false);
        regionPost("omr-spec", "områdeschef Specialiserad vård", false);
        regionPost("fh-chef", "folkhälsochef", false);
        regionPost("ru-chef", "chef Regional utveckling", false);
        for (int i = 1; i <= 4; i++) {
            regionPost("ul-" + i, "utvecklingsledare, Välfärd och folkhälsa", false);
        }
        for (int i = 1; i <= 2; i++) {
            regionPost("pl-" + i, "projektledare, Regional utveckling", false);
        }
        for (int i = 1; i <= parts(); i++) {
            regionPost("sl-" + i, "samverkansledare", false);
        }
        regionPost("rr-1", "regionråd", true);
        regionPost("rr-2", "regionråd", true);
        regionPost("rr-3", "regionråd", true);
        regionPost("rp-1", "ledamot i regionstyrelsen", true);
        regionPost("rp-2", "ledamot i regionstyrelsen", true);
        assert !r.isEmpty();
        for (Regions.Municipality m : region.municipalities()) {
            municipalityPost(m, "kd", "kommundirektör", false);
            municipalityPost(m, "soc", "socialchef", false);
            municipalityPost(m, "vo", "förvaltningschef vård och omsorg", false);
            municipalityPost(m, "fh", "folkhälsostrateg", false);
            municipalityPost(m, "mas", "medicinskt ansvarig sjuksköterska (MAS)", false);
            municipalityPost(m, "ifo", "enhetschef individ- och familjeomsorg", false);
            municipalityPost(m, "ehalsa", "e-hälsosamordnare", false);
            municipalityPost(m, "kr", "kommunalråd", true);
            municipalityPost(m, "sn", "ordförande i socialnämnden", true);
            municipalityPost(m, "sn-vice", "vice ordförande i socialnämnden", true);
        }
    }

    private void regionPost(String key, String title, boolean political) {
        posts.put("region-" + key, new Post("region-" + key, region.iri(), region.label(), title, political));
    }

    private void municipalityPost(Regions.Municipality m, String key, String title, boolean political) {
        posts.put(m.kommunkod() + "-" + key, new Post(m.kommunkod() + "-" + key, m.iri(), m.shortName(), title, political));
    }

    private Post regionPost(String key) {
        return posts.get("region-" + key);
    }

    private Post post(Regions.Municipality m, String key) {
        return posts.get(m.kommunkod() + "-" + key);
    }

    /** Number of länsdelsgrupper: one for a small county, up to five for a large one. */
    private int parts() {
        int n = region.municipalities().size();
        return n <= 3 ? 1 : Math.min(PARTS.length, Math.max(2, Math.round(n / 4f)));
    }

    /** Up to {@code count} municipalities spread over the county (every k-th in kommunkod order), starting at {@code offset}. */
    private List<Regions.Municipality> spread(int count, int offset) {
        List<Regions.Municipality> all = region.municipalities();
        List<Regions.Municipality> chosen = new ArrayList<>();
        int n = Math.min(count, all.size());
        for (int i = 0; i < n; i++) {
            Regions.Municipality m = all.get((offset + i * all.size() / n) % all.size());
            if (!chosen.contains(m)) {
                chosen.add(m);
            }
        }
        return chosen;
    }

    private Group add(String slug, String label, String shortLabel, String kind, Group partOf, Group reportsTo,
            String area, List<Seat> seats, int min, int max) {
        Group g = new Group(prefix + slug, label, shortLabel, kind, partOf, reportsTo, area, List.copyOf(seats), min, max);
        groups.add(g);
        return g;
    }

    private void createGroups() {
        List<Regions.Municipality> all = region.municipalities();

        List<Seat> council = new ArrayList<>(List.of(new Seat(regionPost("rr-1"), "ordforande"),
                new Seat(regionPost("rr-2"), "ledamot"), new Seat(regionPost("rr-3"), "ledamot"),
                new Seat(regionPost("rp-1"), "ersattare", regionPost("rr-2"))));
        all.forEach(m -> council.add(new Seat(post(m, "kr"), "ledamot")));
        all.forEach(m -> council.add(new Seat(post(m, "sn"), "ersattare", post(m, "kr"))));
        council.add(new Seat(regionPost("ul-1"), "sekreterare"));
        council.add(new Seat(regionPost("rd"), "tjansteperson"));
        Group rad = add("politiskt-samverkansrad", "Politiskt samverkansråd, " + region.label(), "samverkansrådet",
                "samverkansrad", null, null, null, council, 6, 8);

        List<Seat> beredning = new ArrayList<>(List.of(new Seat(regionPost("rr-2"), "ordforande"),
                new Seat(regionPost("rp-2"), "ledamot")));
        spread(5, 0).forEach(m -> beredning.add(new Seat(post(m, "sn"), "ledamot")));
        beredning.add(new Seat(regionPost("ul-1"), "sekreterare"));
        beredning.add(new Seat(regionPost("hsd"), "tjansteperson"));
        add("politisk-beredning", "Politisk beredning för samverkan, " + region.label(), "beredningen",
                "samverkansrad", null, rad, null, beredning, 6, 9);

        List<Seat> kcrd = new ArrayList<>(List.of(new Seat(regionPost("rd"), "ordforande"),
                new Seat(regionPost("hsd"), "ledamot")));
        all.forEach(m -> kcrd.add(new Seat(post(m, "kd"), "ledamot")));
        kcrd.add(new Seat(regionPost("ul-2"), "sekreterare"));
        Group kc = add("kcrd", "KC/RD-gruppen", "KC/RD", "kcrd", null, rad, null, kcrd, 8, 10);

        List<Seat> svvo = new ArrayList<>(List.of(new Seat(regionPost("hsd"), "ordforande"),
                new Seat(regionPost("omr-nara"), "ledamot"), new Seat(regionPost("omr-psyk"), "ledamot"),
                new Seat(regionPost("omr-spec"), "ledamot"), new Seat(regionPost("ru-chef"), "ledamot")));
        all.forEach(m -> svvo.add(new Seat(post(m, "soc"), "ledamot")));
        svvo.add(new Seat(regionPost("ul-2"), "sekreterare"));
        Group cg = add("chefsgrupp-svvo", "Chefsgrupp för samverkan social välfärd samt vård och omsorg",
                "chefsgruppen", "chefsgrupp", null, kc, null, svvo, 9, 11);

        List<Seat> au = new ArrayList<>(List.of(new Seat(regionPost("hsd"), "ordforande"),
                new Seat(regionPost("omr-nara"), "ledamot"), new Seat(regionPost("omr-psyk"), "ledamot")));
        spread(4, 1).forEach(m -> au.add(new Seat(post(m, "soc"), "ledamot")));
        au.add(new Seat(regionPost("ul-2"), "sekreterare"));
        add("chefsgrupp-svvo-au", "Arbetsutskottet för chefsgruppen för samverkan social välfärd samt vård och omsorg",
                "AU", "arbetsutskott", cg, null, null, au, 8, 11);

        List<Seat> fh = new ArrayList<>(List.of(new Seat(regionPost("fh-chef"), "ordforande"),
                new Seat(regionPost("ru-chef"), "ledamot")));
        all.forEach(m -> fh.add(new Seat(post(m, "fh"), "ledamot")));
        fh.add(new Seat(regionPost("ul-3"), "sekreterare"));
        Group cf = add("chefsgrupp-folkhalsa", "Chefsgrupp folkhälsa", "chefsgrupp folkhälsa", "chefsgrupp", null, kc,
                null, fh, 8, 11);

        List<Seat> fhAu = new ArrayList<>(List.of(new Seat(regionPost("fh-chef"), "ordforande")));
        spread(3, 2).forEach(m -> fhAu.add(new Seat(post(m, "fh"), "ledamot")));
        fhAu.add(new Seat(regionPost("ul-3"), "sekreterare"));
        add("chefsgrupp-folkhalsa-au", "Arbetsutskottet för chefsgrupp folkhälsa", "AU folkhälsa", "arbetsutskott", cf,
                null, null, fhAu, 6, 9);

        int parts = parts();
        for (int p = 0; p < parts; p++) {
            List<Seat> ldg = new ArrayList<>(List.of(new Seat(regionPost("sl-" + (p + 1)), "ordforande"),
                    new Seat(regionPost("omr-nara"), "ledamot"), new Seat(regionPost("omr-psyk"), "ledamot")));
            for (Regions.Municipality m : all.subList(p * all.size() / parts, (p + 1) * all.size() / parts)) {
                ldg.add(new Seat(post(m, "soc"), "ledamot"));
                ldg.add(new Seat(post(m, "vo"), "ledamot"));
                ldg.add(new Seat(post(m, "ifo"), "ledamot"));
            }
            ldg.add(new Seat(regionPost("ul-4"), "sekreterare"));
            String part = parts == 1 ? "hela länet" : PARTS[p];
            add("ldg-" + Iris.slug(part), "Länsdelsgrupp " + part, "LDG " + part, "lansdelsgrupp", null, cg,
                    parts == 1 ? "hela länet" : PART_AREAS[p], ldg, 6, 9);
        }

        String[][] cross = {{"barn-och-unga", "barn och unga", "ifo", "omr-psyk"}, {"vuxna", "vuxna", "ifo", "omr-spec"},
                {"aldre", "äldre", "vo", "omr-nara"}};
        for (String[] c : cross) {
            List<Seat> seats = new ArrayList<>(List.of(new Seat(regionPost(c[3]), "ordforande")));
            all.forEach(m -> seats.add(new Seat(post(m, c[2]), "ledamot")));
            seats.add(new Seat(regionPost("ul-4"), "sekreterare"));
            add("tvargrupp-" + c[0], "Tvärgrupp " + c[1], "tvärgruppen " + c[1], "tvargrupp", null, cg, c[1], seats, 6, 8);
        }

        String[][] specific = {{"folkhalsa", "folkhälsa", "rr-3", "ul-3", "fh-chef"},
                {"svvo", "social välfärd samt vård och omsorg", "rr-2", "ul-1", "hsd"}};
        for (String[] s : specific) {
            List<Seat> seats = new ArrayList<>(List.of(new Seat(regionPost(s[2]), "ordforande")));
            all.forEach(m -> seats.add(new Seat(post(m, "sn"), "ledamot")));
            all.forEach(m -> seats.add(new Seat(post(m, "sn-vice"), "ersattare", post(m, "sn"))));
            seats.add(new Seat(regionPost(s[3]), "sekreterare"));
            seats.add(new Seat(regionPost(s[4]), "tjansteperson"));
            add("samverkansrad-" + s[0], "Specifika samverkansrådet för " + s[1], "specifika samverkansrådet för " + s[1],
                    "samverkansrad", null, rad, null, seats, 6, 8);
        }

        List<Seat> sNv = new ArrayList<>(List.of(new Seat(regionPost("hsd"), "ordforande"),
                new Seat(regionPost("omr-nara"), "ledamot")));
        spread(4, 0).forEach(m -> sNv.add(new Seat(post(m, "vo"), "ledamot")));
        sNv.add(new Seat(regionPost("ul-2"), "sekreterare"));
        Group styrNv = add("styrgrupp-nara-vard", "Styrgruppen för omställningen till god och nära vård", "styrgruppen",
                "styrgrupp", null, cg, null, sNv, 6, 9);

        List<Seat> sBu = new ArrayList<>(List.of(new Seat(regionPost("ru-chef"), "ordforande"),
                new Seat(regionPost("pl-1"), "ledamot")));
        spread(4, 1).forEach(m -> sBu.add(new Seat(post(m, "ifo"), "ledamot")));
        sBu.add(new Seat(regionPost("ul-4"), "sekreterare"));
        Group styrBu = add("styrgrupp-barn-och-unga", "Styrgruppen för samverkan kring barn och unga", "styrgruppen",
                "styrgrupp", null, cf, null, sBu, 6, 9);

        String[][] networks = {{"natverk-mas-mar", "MAS/MAR-nätverket", "mas", "omr-nara", "chefsgrupp-svvo"},
                {"natverk-folkhalsostrateger", "Nätverket för folkhälsostrateger", "fh", "ul-3", "chefsgrupp-folkhalsa"},
                {"natverk-e-halsa", "Nätverket för e-hälsa och välfärdsteknik", "ehalsa", "pl-2", "chefsgrupp-svvo"}};
        for (String[] n : networks) {
            List<Seat> seats = new ArrayList<>(List.of(new Seat(regionPost(n[3]), "sammankallande")));
            all.forEach(m -> seats.add(new Seat(post(m, n[2]), "deltagare")));
            add(n[0], n[1], n[1], "natverk", null, group(n[4]), null, seats, 6, 8);
        }

        Group vuxna = group("tvargrupp-vuxna");
        Object[][] working = {{"utskrivning", "utskrivning och samordnad planering", styrNv, "vo", "ul-2"},
                {"psykisk-halsa", "psykisk hälsa och suicidprevention", vuxna, "ifo", "pl-2"},
                {"foraldraskapsstod", "föräldraskapsstöd", styrBu, "fh", "pl-1"},
                {"hjalpmedel", "hjälpmedel och medicintekniska produkter", styrNv, "mas", "ul-4"}};
        int offset = 0;
        for (Object[] w : working) {
            List<Seat> seats = new ArrayList<>(List.of(new Seat(regionPost((String) w[4]), "sammankallande")));
            spread(5, offset++).forEach(m -> seats.add(new Seat(post(m, (String) w[3]), "ledamot")));
            add("arbetsgrupp-" + w[0], "Arbetsgruppen för " + w[1], "arbetsgruppen", "arbetsgrupp", null, (Group) w[2],
                    null, seats, 6, 10);
        }
    }
}
