package dev.jango.processor;

/**
 * A {@code @ManyToMany} field: no column, a link through a model with one foreign key to each side.
 *
 * @param name         field name
 * @param target       the related model's canonical name
 * @param targetMeta   the related metamodel's canonical name
 * @param throughMeta  the through metamodel's canonical name
 * @param throughConst the through metamodel's singleton
 * @param sourceField  the through model's foreign key to the declaring model
 * @param targetField  the through model's foreign key to the target
 * @param relatedName  the reverse accessor's name on the target
 */
record ManyInfo(String name, String target, String targetMeta, String throughMeta, String throughConst,
        String sourceField, String targetField, String relatedName) {
}
