package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void snakeCaseKeepsAcronymsTogether() {
        assertThat(Names.snake("authorName")).isEqualTo("author_name");
        assertThat(Names.snake("BookTag")).isEqualTo("book_tag");
        assertThat(Names.snake("ISBNCode")).isEqualTo("isbn_code");
        assertThat(Names.snake("isbn13")).isEqualTo("isbn13");
        assertThat(Names.upperSnake("BookTag")).isEqualTo("BOOK_TAG");
    }

    @Test
    void verboseNamesAndLabels() {
        assertThat(Names.verbose("readingTime")).isEqualTo("reading time");
        assertThat(Names.verbose("BookTag")).isEqualTo("book tag");
        assertThat(Names.label("PUBLISHED_NOW")).isEqualTo("Published now");
    }

    @Test
    void literalsEscapeWhatJavaNeeds() {
        assertThat(Names.literal("a\"b\\c\nd\u00e9")).isEqualTo("\"a\\\"b\\\\c\\nd\\u00e9\"");
    }

    @Test
    void longIdentifiersAreCutWithAStableHash() {
        String name = "a_very_long_table_name_" + "x".repeat(60) + "_idx";
        assertThat(Names.identifier(name)).hasSize(63).startsWith("a_very_long_table_name_")
                .isEqualTo(Names.identifier(name)).isNotEqualTo(Names.identifier(name + "2"));
        assertThat(Names.identifier("short_idx")).isEqualTo("short_idx");
    }
}
