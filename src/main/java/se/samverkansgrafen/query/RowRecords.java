package se.samverkansgrafen.query;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query rows as typed records: a component of the record takes the value of the query variable
 * of its name (or of the variable's {@code …Id} companion). A record naming a variable its
 * query does not select is refused when it is first filled, so a renamed variable fails loudly
 * instead of silently emptying a field of the API; variables the record does not name are not
 * passed on, and components marked {@link Computed} are left to the service.
 */
final class RowRecords {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RowRecords() {
    }

    static <R extends Record> R fill(Map<String, Object> row, Class<R> type) {
        return MAPPER.convertValue(row, type);
    }

    /** Refuses a record with a component that is no variable of the query (nor a variable's id). */
    static void check(List<String> variables, Class<? extends Record> type) {
        Set<String> unknown = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            if (component.isAnnotationPresent(Computed.class)) {
                continue;
            }
            boolean selected = variables.contains(name)
                    || name.endsWith("Id") && variables.contains(name.substring(0, name.length() - 2));
            if (!selected) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(type.getName() + " names " + unknown
                    + ", which its query does not select (it selects " + variables + ")");
        }
    }
}
