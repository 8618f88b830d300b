/**
 * Every CSV migcal reads or writes, on commons-csv: one write format (RFC 4180, {@code \n} line ends,
 * quotes only where needed, numbers in {@code Locale.ROOT}) and one reader that accepts what people
 * and spreadsheets write (a byte-order mark, CRLF, quoted cells holding line breaks, {@code ;}
 * separators with decimal commas when asked) and names the file and line of every problem.
 */
package io.migcal.model.csv;
