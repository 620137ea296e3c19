package org.kefu.customer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;

import org.kefu.support.Staff;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Creates customers through the API, each with its own ID number and mobile so tests stay independent. */
final class CustomerFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CustomerFixtures() {
    }

    /** A valid resident ID number, different on every call. */
    static String idNumber() {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(RANDOM.nextInt(15_000));
        String first17 = "110108" + birth.toString().replace("-", "") + String.format("%03d", RANDOM.nextInt(1000));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    static String mobile() {
        return "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    static String body(String name, String idNumber, String mobile, String unit) {
        return """
                {"name":"%s","gender":"MALE","birthDate":"1985-03-07","idType":"RESIDENT_ID_CARD","idNumber":"%s",
                 "mobile":"%s","email":"zhang.wei@example.com","address":"北京市海淀区中关村大街27号",
                 "occupation":"工程师","customerType":"INDIVIDUAL","riskPreference":"BALANCED",
                 "accountTypes":["借记卡","理财产品"],"segment":"财富客户","valueTier":"金卡","lifecycleStage":"EXISTING",
                 "orgUnitCode":"%s","consents":[{"purpose":"marketing","givenAt":"2026-01-02T03:04:05Z"}],
                 "nextReturnVisitOn":"2020-01-01","tags":["VIP"]}""".formatted(name, idNumber, mobile, unit);
    }

    /** Creates a customer as {@code username} and returns its number. */
    static String create(MockMvc mvc, Staff staff, String username, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/customers").with(staff.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.number");
    }
}
