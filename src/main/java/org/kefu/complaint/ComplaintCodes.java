package org.kefu.complaint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coding lists as compliance keeps them: create, edit, deactivate (a code is never deleted: complaints
 * coded with it keep their meaning), and the whole lists as CSV, imported all-or-nothing. The seeded K- codes
 * are provisional until checked against the bank's copy of JR/T 0169-2018 and marked verified.
 */
@Service
class ComplaintCodes {

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]{0,31}$");

    private final ComplaintCodeStore store;
    private final ApplicationEventPublisher events;

    ComplaintCodes(ComplaintCodeStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** A code as submitted (API body, page form or CSV row); {@code version} only for edits. */
    record Submitted(String dimension, String code, String parentCode, String nameZh, String nameEn,
                     Integer position, Boolean active, Boolean verified, String note, Integer version) {
    }

    @Transactional(readOnly = true)
    List<ComplaintCodeStore.Code> all() {
        return store.all();
    }

    @Transactional
    ComplaintCodeStore.Code create(Submitted s, Actor actor) {
        ComplaintCodeStore.Code c = valid(s, "", Set.of());
        if (store.find(c.dimension(), c.code()).isPresent()) {
            throw new InvalidInputException("code", "duplicate", "complaint.codes.duplicate");
        }
        store.insert(c);
        events.publishEvent(new ComplaintCodesChanged("created", c.dimension() + ":" + c.code(), 1));
        return store.find(c.dimension(), c.code()).orElseThrow();
    }

    /** Edit or (active false) deactivate; 409 if the code changed since {@code version}. */
    @Transactional
    ComplaintCodeStore.Code update(String dimension, String code, Submitted s, Actor actor) {
        ComplaintCodeStore.Code before = store.find(dimension, code)
                .orElseThrow(() -> new NotFoundException("complaint-code", dimension + ":" + code));
        if (s.version() == null) {
            throw new InvalidInputException("version", "required", "field.required");
        }
        ComplaintCodeStore.Code c = valid(new Submitted(dimension, code, s.parentCode(), s.nameZh(), s.nameEn(),
                s.position(), s.active(), s.verified(), s.note(), s.version()), "", Set.of());
        if (code.equals(c.parentCode())) {
            throw new InvalidInputException("parentCode", "invalid", "complaint.codes.parent");
        }
        if (!store.update(c, s.version())) {
            throw new ConflictException("complaint.codes.changed", code).with("currentVersion", before.version());
        }
        events.publishEvent(new ComplaintCodesChanged(c.active() ? "updated" : "deactivated",
                dimension + ":" + code, 1));
        return store.find(dimension, code).orElseThrow();
    }

    @Transactional(readOnly = true)
    String export() {
        return ComplaintCodeCsv.write(store.all());
    }

    /**
     * All rows or none: every fault is named by line and column ({@code row[3].name_en}); a code already
     * present is overwritten, codes not in the file are left as they are. Returns the number of rows.
     */
    @Transactional
    int importCsv(String text, Actor actor) {
        List<ComplaintCodeCsv.Line> lines = ComplaintCodeCsv.read(text == null ? "" : text);
        if (lines == null || lines.isEmpty() || !lines.get(0).fields().stream().map(String::strip).toList()
                .equals(ComplaintCodeCsv.COLUMNS)) {
            throw new InvalidInputException("row[1].header", "invalid", "complaint.codes.csv.header");
        }
        List<FieldViolation> faults = new ArrayList<>();
        Map<String, ComplaintCodeStore.Code> rows = new LinkedHashMap<>();
        Set<String> inFile = new HashSet<>();
        for (ComplaintCodeCsv.Line line : lines.subList(1, lines.size())) {
            if (line.fields().size() >= 2) {
                inFile.add(line.fields().get(0).strip() + ":" + line.fields().get(1).strip());
            }
        }
        for (ComplaintCodeCsv.Line line : lines.subList(1, lines.size())) {
            String prefix = "row[" + line.number() + "].";
            if (line.fields().size() != ComplaintCodeCsv.COLUMNS.size()) {
                faults.add(new FieldViolation(prefix + "columns", "invalid", "complaint.codes.csv.columns"));
                continue;
            }
            List<String> f = line.fields().stream().map(String::strip).toList();
            try {
                ComplaintCodeStore.Code c = valid(new Submitted(f.get(0), f.get(1), blank(f.get(2)), f.get(3),
                        f.get(4), integer(prefix, f.get(5)), bool(prefix + "active", f.get(6)),
                        bool(prefix + "verified", f.get(7)), blank(f.get(8)), null), prefix, inFile);
                if (rows.putIfAbsent(c.dimension() + ":" + c.code(), c) != null) {
                    faults.add(new FieldViolation(prefix + "code", "duplicate", "complaint.codes.duplicate"));
                }
            } catch (InvalidInputException e) {
                faults.addAll(e.violations());
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        insertParentsFirst(new ArrayList<>(rows.values()));
        events.publishEvent(new ComplaintCodesChanged("imported", "csv", rows.size()));
        return rows.size();
    }

    private void insertParentsFirst(List<ComplaintCodeStore.Code> pending) {
        while (!pending.isEmpty()) {
            List<ComplaintCodeStore.Code> ready = pending.stream().filter(c -> c.parentCode() == null
                    || pending.stream().noneMatch(p -> p.dimension().equals(c.dimension())
                    && p.code().equals(c.parentCode()))).toList();
            if (ready.isEmpty()) {
                throw new InvalidInputException("parent_code", "cycle", "complaint.codes.parent");
            }
            ready.forEach(store::upsert);
            pending.removeAll(ready);
        }
    }

    /** Checks one code; field names get {@code prefix} (CSV rows name their line and column). */
    private ComplaintCodeStore.Code valid(Submitted s, String prefix, Set<String> alsoExisting) {
        boolean csv = !prefix.isEmpty();
        List<FieldViolation> v = new ArrayList<>();
        String dimension = blank(s.dimension());
        if (dimension == null || !ComplaintCodeStore.DIMENSIONS.contains(dimension)) {
            v.add(new FieldViolation(prefix + "dimension", "invalid", "complaint.codes.dimension-invalid"));
        }
        String code = blank(s.code());
        if (code == null || !CODE.matcher(code).matches()) {
            v.add(new FieldViolation(prefix + "code", "invalid", "complaint.codes.code-invalid"));
        }
        String parent = blank(s.parentCode());
        if (parent != null && dimension != null && (parent.equals(code) || (store.find(dimension, parent).isEmpty()
                && !alsoExisting.contains(dimension + ":" + parent)))) {
            v.add(new FieldViolation(prefix + (csv ? "parent_code" : "parentCode"), "invalid", "complaint.codes.parent"));
        }
        name(v, prefix + (csv ? "name_zh" : "nameZh"), s.nameZh());
        name(v, prefix + (csv ? "name_en" : "nameEn"), s.nameEn());
        String note = blank(s.note());
        if (note != null && note.length() > 500) {
            v.add(new FieldViolation(prefix + "note", "too-long", "complaint.field.too-long"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new ComplaintCodeStore.Code(dimension, code, parent, s.nameZh().strip(), s.nameEn().strip(),
                s.position() == null ? 0 : s.position(), s.active() == null || s.active(),
                Boolean.TRUE.equals(s.verified()), note, s.version() == null ? 0 : s.version());
    }

    private static void name(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > 100) {
            v.add(new FieldViolation(field, value == null || value.isBlank() ? "required" : "too-long",
                    "complaint.codes.name"));
        }
    }

    private static Integer integer(String prefix, String value) {
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(prefix + "position", "invalid", "complaint.codes.position");
        }
    }

    private static Boolean bool(String field, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new InvalidInputException(field, "invalid", "complaint.codes.boolean");
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
