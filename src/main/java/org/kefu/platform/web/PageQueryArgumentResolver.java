package org.kefu.platform.web;

import org.kefu.platform.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.SortOrder;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import java.util.Locale;

/**
 * Reads {@code page}, {@code size} and repeated {@code sort=property,asc|desc} into a {@link PageQuery},
 * the same way for every list of the API and of the pages. Out-of-range values are rejected with the
 * parameter named, never silently clamped: a client asking for 1,000 rows should learn the limit.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    private final Problems problems;

    PageQueryArgumentResolver(Problems problems) {
        this.problems = problems;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public PageQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                     NativeWebRequest request, WebDataBinderFactory binderFactory) {
        PageDefaults defaults = parameter.getParameterAnnotation(PageDefaults.class);
        if (defaults == null) {
            throw new IllegalStateException("A PageQuery parameter needs @PageDefaults: " + parameter);
        }
        List<FieldViolation> violations = new ArrayList<>();
        int page = integer(request.getParameter("page"), 0, "page", 0, Integer.MAX_VALUE / PageQuery.MAX_SIZE,
                violations);
        int size = integer(request.getParameter("size"), defaults.size(), "size", 1, PageQuery.MAX_SIZE, violations);
        String[] sortParameters = request.getParameterValues("sort");
        List<SortOrder> sort = sort(sortParameters == null || sortParameters.length == 0
                ? defaults.sort() : sortParameters, Arrays.asList(defaults.sortable()), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageQuery(page, size, sort);
    }

    private int integer(String text, int fallback, String name, int min, int max, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                violations.add(new FieldViolation(name, "out-of-range", problems.message("field.between", min, max)));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(name, "wrong-type",
                    problems.message("field.wrong-type", problems.message("field.type.number"))));
            return fallback;
        }
    }

    private List<SortOrder> sort(String[] specs, List<String> sortable, List<FieldViolation> violations) {
        List<SortOrder> orders = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(",");
            String property = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!sortable.contains(property) || parts.length > 2
                    || !(direction.equals("asc") || direction.equals("desc"))) {
                violations.add(new FieldViolation("sort", "invalid",
                        problems.message("page.sort.invalid", String.join(", ", sortable))));
                continue;
            }
            orders.add(new SortOrder(property, direction.equals("asc")));
        }
        return orders;
    }
}
