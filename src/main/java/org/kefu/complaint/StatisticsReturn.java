package org.kefu.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The regulator statistics return (投诉统计报表) of one unit's subtree for complaints ACCEPTED in
 * [{@code from}, {@code to}] (China dates, {@code complaint_record.accepted_on}). Every share is of
 * {@code total}; the upheld rate is (upheld + partly upheld) / decided; the repeat rate is repeats / total.
 * Percentages are rounded half-up to one decimal.
 *
 * @param provisional some counted code is not verified against JR/T 0169-2018
 */
public record StatisticsReturn(String unitCode, String unitNameZh, String unitNameEn, LocalDate from, LocalDate to,
                               Instant generatedAt, long total, List<Block> blocks, long overdue, long upheld,
                               long partlyUpheld, long notUpheld, BigDecimal upheldRate, long repeats,
                               BigDecimal repeatRate, boolean provisional) {

    /** Dimensions in the order of the return. */
    public static final List<String> DIMENSIONS = List.of("channel", "business", "cause", "region", "handling",
            "outcome");

    /** One dimension: a row per code (or bucket), with the count and its share of the total. */
    public record Block(String dimension, List<Row> rows) {

        public long sum() {
            return rows.stream().mapToLong(Row::count).sum();
        }

        public Row row(String code) {
            return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
        }
    }

    /** A code with its names (zh and en), whether it is verified, its count and share (percent). */
    public record Row(String code, String nameZh, String nameEn, boolean verified, long count, BigDecimal share) {
    }

    public Block block(String dimension) {
        return blocks.stream().filter(b -> b.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    public long decided() {
        return upheld + partlyUpheld + notUpheld;
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
