package io.followupbot.store.sealing;

import io.followupbot.sealing.FieldCipher;
import io.followupbot.sealing.FieldRef;
import io.followupbot.sealing.TokenSeal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Moves every sealed column to the current key: each value not sealed under it (sealed under an old key, or
 * written in the clear) is opened and sealed again. Table by table, in batches in primary-key order, one
 * transaction per batch (rows locked on PostgreSQL), so a crash loses at most the batch under way and a new run
 * simply goes on: values already under the current key are left as they are. Once every table is done the other
 * keys are retired, and the database opens with the current key alone. Without a current key it writes
 * everything back in the clear. Slack bot tokens ({@code slack_installations}) are sealed again the same way.
 */
public final class Reseal {

    /** One table's outcome: how many rows were read and how many rewritten. */
    public record Done(String table, int rows, int rewritten) {
    }

    private record Row(List<Object> key, List<String> values) {
    }

    private record Batch(Optional<List<Object>> last, int rows, int rewritten) {
    }

    private final Jdbi jdbi;
    private final boolean postgres;
    private final int batchSize;
    private final TokenSeal tokens;

    /** @param tokens the seal of Slack bot tokens, with the same current and old keys */
    public Reseal(final Jdbi jdbi, final boolean postgres, final int batchSize, final TokenSeal tokens) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one row");
        }
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.batchSize = batchSize;
        this.tokens = tokens;
    }

    /** Reseals every table, telling {@code progress} about each one done; returns them in order. */
    public List<Done> run(final Consumer<Done> progress) {
        final FieldCipher cipher = Sealing.of(jdbi);
        final List<Done> done = new ArrayList<>();
        for (final SealedColumns.Table table : SealedColumns.ALL) {
            final Done one = table(table, cipher);
            progress.accept(one);
            done.add(one);
        }
        final Done slack = jdbi.inTransaction(this::tokens);
        progress.accept(slack);
        done.add(slack);
        KeyRegistry.retireAllBut(jdbi, cipher.keyId());
        return done;
    }

    /** The bot tokens of Slack installations (a row per workspace: one batch). */
    private Done tokens(final Handle handle) {
        final Map<String, String> stored = new LinkedHashMap<>();
        handle.createQuery("SELECT team_id, bot_token FROM slack_installations ORDER BY team_id"
                        + (postgres ? " FOR UPDATE" : ""))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(row -> stored.put(row.getKey(),
                        row.getValue()));
        int rewritten = 0;
        for (final Map.Entry<String, String> row : stored.entrySet()) {
            if (!tokens.isCurrent(row.getValue())) {
                handle.createUpdate("UPDATE slack_installations SET bot_token = :token WHERE team_id = :team")
                        .bind("token", tokens.seal(tokens.open(row.getValue()))).bind("team", row.getKey()).execute();
                rewritten++;
            }
        }
        return new Done("slack_installations", stored.size(), rewritten);
    }

    private Done table(final SealedColumns.Table table, final FieldCipher cipher) {
        Optional<List<Object>> after = Optional.empty();
        int rows = 0;
        int rewritten = 0;
        while (true) {
            final Optional<List<Object>> from = after;
            final Batch batch = jdbi.inTransaction(handle -> batch(handle, table, from, cipher));
            rows += batch.rows();
            rewritten += batch.rewritten();
            if (batch.last().isEmpty()) {
                return new Done(table.name(), rows, rewritten);
            }
            after = batch.last();
        }
    }

    private Batch batch(final Handle handle, final SealedColumns.Table table, final Optional<List<Object>> after,
                        final FieldCipher cipher) {
        final List<Row> rows = select(handle, table, after);
        int rewritten = 0;
        for (final Row row : rows) {
            final List<String> values = new ArrayList<>(row.values());
            boolean changed = false;
            for (int column = 0; column < values.size(); column++) {
                final String stored = values.get(column);
                if (!cipher.isCurrent(stored)) {
                    final FieldRef ref = FieldRef.of(table.name(), table.columns().get(column), row.key().toArray());
                    values.set(column, cipher.seal(cipher.open(stored, ref), ref));
                    changed = true;
                }
            }
            if (changed) {
                update(handle, table, row.key(), values);
                rewritten++;
            }
        }
        final Optional<List<Object>> last = rows.size() < batchSize ? Optional.empty()
                : Optional.of(rows.get(rows.size() - 1).key());
        return new Batch(last, rows.size(), rewritten);
    }

    private List<Row> select(final Handle handle, final SealedColumns.Table table, final Optional<List<Object>> after) {
        final String keys = String.join(", ", table.key());
        final String placeholders = IntStream.range(0, table.key().size()).mapToObj(i -> ":k" + i)
                .collect(Collectors.joining(", "));
        final String where = after.isEmpty() ? "" : " WHERE (" + keys + ") > (" + placeholders + ")";
        final Query query = handle.createQuery("SELECT " + keys + ", " + String.join(", ", table.columns())
                + " FROM " + table.name() + where + " ORDER BY " + keys + " LIMIT :limit" + (postgres ? " FOR UPDATE" : ""))
                .bind("limit", batchSize);
        after.ifPresent(key -> IntStream.range(0, key.size()).forEach(i -> query.bind("k" + i, key.get(i))));
        return query.map((rs, ctx) -> row(rs, table)).list();
    }

    private static Row row(final ResultSet rs, final SealedColumns.Table table) throws SQLException {
        final List<Object> key = new ArrayList<>();
        for (int i = 1; i <= table.key().size(); i++) {
            key.add(rs.getObject(i));
        }
        final List<String> values = new ArrayList<>();
        for (int i = 1; i <= table.columns().size(); i++) {
            values.add(rs.getString(table.key().size() + i));
        }
        return new Row(key, values);
    }

    private static void update(final Handle handle, final SealedColumns.Table table, final List<Object> key,
                               final List<String> values) {
        final Map<String, Object> binds = new LinkedHashMap<>();
        final List<String> sets = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            sets.add(table.columns().get(i) + " = :v" + i);
            binds.put("v" + i, values.get(i));
        }
        final List<String> matches = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            matches.add(table.key().get(i) + " = :k" + i);
            binds.put("k" + i, key.get(i));
        }
        final Update update = handle.createUpdate("UPDATE " + table.name() + " SET " + String.join(", ", sets)
                + " WHERE " + String.join(" AND ", matches));
        binds.forEach(update::bind);
        update.execute();
    }
}
