package dev.gatehouse.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.Field;
import org.jooq.Table;

/** The differences, in words, between two schemas described as table -> column -> nullable. */
final class SchemaDrift {
    private SchemaDrift() {}

    static Map<String, Map<String, Boolean>> columnsOf(Collection<? extends Table<?>> tables) {
        Map<String, Map<String, Boolean>> columnsByTable = new TreeMap<>();
        for (Table<?> table : tables) {
            Map<String, Boolean> nullableByColumn = new TreeMap<>();
            for (Field<?> column : table.fields()) {
                nullableByColumn.put(column.getName(), column.getDataType().nullable());
            }
            columnsByTable.put(table.getName(), nullableByColumn);
        }
        return columnsByTable;
    }

    static List<String> differences(
            Map<String, Map<String, Boolean>> generated, Map<String, Map<String, Boolean>> migrated) {
        List<String> differences = new ArrayList<>();
        for (String table : union(generated.keySet(), migrated.keySet())) {
            Map<String, Boolean> generatedColumns = generated.get(table);
            Map<String, Boolean> migratedColumns = migrated.get(table);
            if (migratedColumns == null) {
                differences.add("table " + table + " is in the generated code but not in the migrated database");
            } else if (generatedColumns == null) {
                differences.add("table " + table + " is in the migrated database but not in the generated code");
            } else {
                differences.addAll(columnDifferences(table, generatedColumns, migratedColumns));
            }
        }
        return differences;
    }

    private static List<String> columnDifferences(
            String table, Map<String, Boolean> generated, Map<String, Boolean> migrated) {
        List<String> differences = new ArrayList<>();
        for (String column : union(generated.keySet(), migrated.keySet())) {
            Boolean generatedNullable = generated.get(column);
            Boolean migratedNullable = migrated.get(column);
            String name = table + "." + column;
            if (migratedNullable == null) {
                differences.add("column " + name + " is in the generated code but not in the migrated database");
            } else if (generatedNullable == null) {
                differences.add("column " + name + " is in the migrated database but not in the generated code");
            } else if (!generatedNullable.equals(migratedNullable)) {
                differences.add("column " + name + " is " + nullability(generatedNullable)
                        + " in the generated code but " + nullability(migratedNullable) + " in the migrated database");
            }
        }
        return differences;
    }

    private static Set<String> union(Set<String> left, Set<String> right) {
        Set<String> all = new TreeSet<>(left);
        all.addAll(right);
        return all;
    }

    private static String nullability(boolean nullable) {
        return nullable ? "NULL" : "NOT NULL";
    }
}
