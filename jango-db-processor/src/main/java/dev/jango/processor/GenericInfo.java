package dev.jango.processor;

/**
 * One of the two columns of a {@code @Polymorphic} field.
 *
 * @param field     the model's {@code GenericRef} field
 * @param typePart  the type key column (the id column follows it)
 * @param keys      Java expression of the {@code TypeKeys} value ({@code shop.Comment.TARGETS})
 */
record GenericInfo(String field, boolean typePart, String keys) {
}
