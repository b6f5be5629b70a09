package dev.jango.processor;

/**
 * A reverse foreign key generated on the target's metamodel ({@code AUTHOR.books} for {@code Book.author}).
 *
 * @param name         accessor name on the target
 * @param source       the model declaring the foreign key (canonical name)
 * @param sourceMeta   its metamodel's canonical name
 * @param sourceConst  its metamodel's singleton
 * @param field        the foreign key field's name
 */
record ReverseInfo(String name, String source, String sourceMeta, String sourceConst, String field) {
}
