package dev.jango.db.meta;

/** A check constraint, its condition written as lookups ({@code "price__gte=0 & stock__gte=0"}). */
public record CheckSpec(String name, String condition) {
}
