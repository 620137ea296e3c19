package org.kefu.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * The requests of each load-driver mode. intake: POST /api/v1/cases with the demo channel key (BJ), a
 * unique Idempotency-Key, 70 % naming a generated customer of BJ or BJ-HD by number, 10 % by mobile,
 * 20 % an anonymous caller (contact encrypted). list: GET /api/v1/cases with one of {@link #QUERIES} (or
 * {@code --query}). lookup: a customer by mobile, as GET query or POST body ({@code --lookup post
 * --lookup-path P}). page: GET {@code --path} with {@code --cookie} (a staff session). api: GET {@code --path}
 * with the demo channel key.
 */
final class Requests {

    /** Filters of the list benchmark: what a queue or a supervisor asks most (HQ sees all 10 M cases). */
    static final List<String> QUERIES = List.of(
            "",
            "status=accepted",
            "status=in_progress&unit=BJ",
            "kind=complaint&createdFrom=%s".formatted(Instant.now().minus(7, ChronoUnit.DAYS)),
            "priority=p1&status=archived",
            "unit=SH&createdFrom=%s&createdTo=%s".formatted(Instant.now().minus(400, ChronoUnit.DAYS),
                    Instant.now().minus(370, ChronoUnit.DAYS)),
            "kind=praise&priority=p2&unit=BJ-HD",
            "status=waiting_for_customer&sort=priority,asc");

    private static final String[] KINDS = {"consultation", "consultation", "service_request", "complaint", "suggestion"};
    private static final String[] CHANNELS = {"mobile_banking", "phone", "online_chat", "wechat"};
    private static final String[] SUBJECTS = {"信用卡额度调整", "手机银行无法登录", "转账未到账", "理财产品赎回咨询"};

    private final String host;
    private final Map<String, String> options;
    private final BenchPopulation population;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final SplittableRandom seed = new SplittableRandom();

    Requests(Map<String, String> options, BenchPopulation population) {
        this.host = URI.create(options.getOrDefault("url", "http://localhost:18080")).getAuthority();
        this.options = options;
        this.population = population;
    }

    LongFunction<Call> mode(String mode) {
        return switch (mode) {
            case "intake" -> this::intake;
            case "list" -> this::list;
            case "lookup" -> this::lookup;
            case "page" -> {
                String cookie = options.get("cookie");
                if (cookie == null) {
                    throw new IllegalArgumentException("mode page needs --cookie (a staff session)");
                }
                yield n -> call("GET", options.getOrDefault("path", "/"), Map.of("Cookie", cookie), null);
            }
            // The floor of the stack: any API path with the channel key (e.g. one answering 404).
            case "api" -> n -> api("GET", options.getOrDefault("path", "/api/v1/cases/KF-19990101-000001"),
                    "kefu_demo_mobile_key", Map.of(), null);
            default -> throw new IllegalArgumentException("Unknown mode " + mode);
        };
    }

    private Call intake(long n) {
        SplittableRandom r = random(n);
        String who;
        double u = r.nextDouble();
        if (u < 0.8) {
            long i = inScopeCustomer(r);
            who = u < 0.7 ? "\"customerNumber\":\"%s\"".formatted(population.customerNumber(i))
                    : "\"mobile\":\"%s\"".formatted(BenchPopulation.mobile(i));
        } else {
            who = "\"contact\":{\"name\":\"来电客户%d\",\"mobile\":\"137%08d\",\"email\":\"caller%d@example.com\"}"
                    .formatted(n, n % 100_000_000, n);
        }
        String body = "{\"kind\":\"%s\",\"channel\":\"%s\",\"subject\":\"%s\",\"description\":\"负载测试 %s-%d：客户希望尽快回电\",%s}"
                .formatted(KINDS[r.nextInt(KINDS.length)], CHANNELS[r.nextInt(CHANNELS.length)],
                        SUBJECTS[r.nextInt(SUBJECTS.length)], run, n, who);
        return api("POST", "/api/v1/cases", "kefu_demo_mobile_key", Map.of("Idempotency-Key", run + "-" + n,
                "Content-Type", "application/json"), body);
    }

    /** A generated customer of BJ or BJ-HD: the demo channel client's scope. */
    private long inScopeCustomer(SplittableRandom r) {
        while (true) {
            long i = r.nextLong(population.customers());
            if (BenchPopulation.unitOf(i) < 2) {
                return i;
            }
        }
    }

    private Call list(long n) {
        String query = options.getOrDefault("query", QUERIES.get((int) (n % QUERIES.size())));
        return api("GET", "/api/v1/cases?page=0&size=20" + (query.isEmpty() ? "" : "&" + encode(query)),
                BenchPopulation.BENCH_API_KEY, Map.of(), null);
    }

    private Call lookup(long n) {
        String mobile = BenchPopulation.mobile(random(n).nextLong(population.customers()));
        if ("post".equals(options.get("lookup"))) {
            return api("POST", options.getOrDefault("lookup-path", "/api/v1/customers/lookup"),
                    BenchPopulation.BENCH_API_KEY, Map.of("Content-Type", "application/json"),
                    "{\"mobile\":\"%s\"}".formatted(mobile));
        }
        return api("GET", "/api/v1/customers?mobile=" + mobile, BenchPopulation.BENCH_API_KEY, Map.of(), null);
    }

    private Call api(String method, String path, String defaultKey, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Authorization", "Bearer " + options.getOrDefault("key", defaultKey));
        return call(method, path, all, body);
    }

    private Call call(String method, String path, Map<String, String> headers, String body) {
        return Call.of(method, host, path, headers, body);
    }

    private SplittableRandom random(long n) {
        synchronized (seed) {
            return seed.split();
        }
    }

    /** Encodes the values of a query string (the ISO instants' ':' and '+'), keeping '=' and '&'. */
    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.append(out.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
