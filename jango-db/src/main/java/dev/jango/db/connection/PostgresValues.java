package dev.jango.db.connection;

import dev.jango.db.meta.FieldKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * PostgreSQL's native types: {@code boolean}, {@code numeric}, {@code date}, {@code timestamptz},
 * {@code time}, {@code uuid}, {@code jsonb}, {@code bytea}; DURATION is {@code bigint} microseconds like on the
 * other vendors.
 */
final class PostgresValues extends VendorValues {

    @Override
    void bindNull(PreparedStatement ps, int index, FieldKind kind) throws SQLException {
        // An untyped NULL lets the server infer uuid, jsonb or timestamptz from the column; a VARCHAR-typed NULL
        // would be rejected by a uuid column.
        ps.setNull(index, kind == FieldKind.BINARY ? Types.BINARY : Types.OTHER);
    }

    @Override
    void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    void bindUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        ps.setObject(index, value);
    }

    @Override
    void bindJson(PreparedStatement ps, int index, String value) throws SQLException {
        // Types.OTHER sends the text untyped, so the server casts it to the column's json or jsonb.
        ps.setObject(index, value, Types.OTHER);
    }

    @Override
    public Instant readInstant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? null : v.toInstant();
    }

    @Override
    public UUID readUuid(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null || v instanceof UUID ? (UUID) v : super.readUuid(rs, column);
    }
}
