package ru.mumo.benchmark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL did for an operation: its costliest statements by total time (pg_stat_statements, which the server
 * must preload) and each one's generic plan, the plan PostgreSQL uses for any parameter values, so that a sequential
 * scan of a table that grows with the region shows however the parameters fall.
 */
final class PostgresPlans {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)");

    private PostgresPlans() {
    }

    static void enable(JdbcTemplate jdbc) {
        jdbc.execute("create extension if not exists pg_stat_statements");
    }

    /** Forgets the statements counted so far. */
    static void reset(JdbcTemplate jdbc) {
        jdbc.queryForList("select pg_stat_statements_reset()");
    }

    /** Reports the {@code top} statements by total time since the last reset, with their plans' scans. */
    static void report(JdbcTemplate jdbc, int top) {
        List<Map<String, Object>> statements = jdbc.queryForList("""
                select query, calls, total_exec_time, rows from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                    and query not like '%pg_stat_statements%' and query not like '%pg_catalog%'
                    and query !~* '^(begin|commit|rollback|set|reset|prepare|deallocate|explain|analyze)\\M'
                order by total_exec_time desc limit ?""", top);
        for (Map<String, Object> statement : statements) {
            String query = (String) statement.get("query");
            long calls = ((Number) statement.get("calls")).longValue();
            Bench.report("    %6.1f ms in %d calls, %d rows: %s", ((Number) statement.get("total_exec_time")).doubleValue(),
                    calls, ((Number) statement.get("rows")).longValue() / Math.max(1, calls),
                    oneLine(query, 160));
            for (String line : genericPlan(jdbc, query)) {
                if (line.contains("Scan") || line.startsWith("(no plan")) {
                    Bench.report("        %s", line.trim());
                }
            }
        }
    }

    /** The plan PostgreSQL keeps for the statement whatever its parameters; empty where it cannot be prepared. */
    static List<String> genericPlan(JdbcTemplate jdbc, String query) {
        int parameters = 0;
        Matcher matcher = PARAMETER.matcher(query);
        while (matcher.find()) {
            parameters = Math.max(parameters, Integer.parseInt(matcher.group(1)));
        }
        String arguments = parameters == 0 ? "" : "(" + String.join(", ", Collections.nCopies(parameters, "null")) + ")";
        return jdbc.execute((ConnectionCallback<List<String>>) connection -> {
            List<String> plan = new ArrayList<>();
            try (Statement sql = connection.createStatement()) {
                sql.execute("set plan_cache_mode = force_generic_plan");
                try {
                    sql.execute("prepare bench_plan as " + query);
                    try (ResultSet rows = sql.executeQuery("explain execute bench_plan" + arguments)) {
                        while (rows.next()) {
                            plan.add(rows.getString(1));
                        }
                    }
                } catch (SQLException e) {
                    plan.add("(no plan: " + oneLine(e.getMessage(), 100) + ")");
                } finally {
                    sql.execute("deallocate all");
                    sql.execute("reset plan_cache_mode");
                }
            }
            return plan;
        });
    }

    private static String oneLine(String text, int max) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }
}
