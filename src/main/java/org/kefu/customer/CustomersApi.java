package org.kefu.customer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kefu.platform.CurrentActor;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Customers within the caller's scope, always masked; one field at a time revealed with a reason. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer 360 (customer.read, customer.write, customer.erase)")
class CustomersApi {

    private final Customers customers;
    private final CurrentActor actor;

    CustomersApi(Customers customers, CurrentActor actor) {
        this.customers = customers;
        this.actor = actor;
    }

    record Reveal(@NotNull RevealableField field, @NotBlank @Size(max = 500) String reason) {
    }

    record Revealed(String number, RevealableField field, String value) {
    }

    /** An exact lookup: the value travels in the body, never in a URL that access logs and histories keep. */
    record Lookup(@Size(max = 64) String mobile, @Size(max = 64) String idNumber) {
    }

    @GetMapping
    @Operation(summary = "Find customers by name prefix (exact lookups by mobile or ID number: POST /lookup)")
    PageResult<MaskedCustomer> search(@RequestParam(required = false) String name,
                                      @RequestParam(required = false) String mobile,
                                      @RequestParam(required = false) String idNumber,
                                      @PageDefaults(sortable = {"number", "name", "createdAt"}, sort = "number,asc")
                                      PageQuery page) {
        CustomerSearch.refuseInUrl(mobile, idNumber, "customer.lookup.use-post-api");
        return customers.search(CustomerSearch.criteria(name, null, null), actor.get(), page);
    }

    @PostMapping("/lookup")
    @Operation(summary = "Find customers exactly by mobile or ID number (one of them), sent in the body")
    PageResult<MaskedCustomer> lookup(@Valid @RequestBody Lookup lookup,
                                      @PageDefaults(sortable = {"number", "name", "createdAt"}, sort = "number,asc")
                                      PageQuery page) {
        return customers.search(CustomerSearch.exact(lookup.mobile(), lookup.idNumber()), actor.get(), page);
    }

    @GetMapping("/{number}")
    MaskedCustomer one(@PathVariable String number) {
        return customers.visible(number, actor.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MaskedCustomer create(@Valid @RequestBody CustomerData data) {
        return customers.create(data, actor.get());
    }

    @PutMapping("/{number}")
    @Operation(summary = "Replace the customer's data; send the version you read (409 if it changed)")
    MaskedCustomer change(@PathVariable String number, @Valid @RequestBody CustomerData data) {
        return customers.change(number, data, actor.get());
    }

    @PostMapping("/{number}/reveal")
    @Operation(summary = "The plaintext of one field, with a reason for the audit trail (personal-data.unmask)")
    Revealed reveal(@PathVariable String number, @Valid @RequestBody Reveal reveal) {
        return new Revealed(number, reveal.field(),
                customers.reveal(number, reveal.field(), reveal.reason().strip(), actor.get()));
    }

    @DeleteMapping("/{number}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the customer's personal data (PIPL); a pseudonymous record remains")
    void erase(@PathVariable String number) {
        customers.erase(number, actor.get());
    }
}
