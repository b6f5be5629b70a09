package dev.jango.peer.spring;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the CSV export: a JPQL constructor projection, so streaming never fills the persistence context. */
public record BookCsvRow(Long id, String title, String author, BigDecimal price, LocalDate published) {
}
