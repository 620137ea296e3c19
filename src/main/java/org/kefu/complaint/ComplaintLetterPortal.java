package org.kefu.complaint;

import jakarta.servlet.http.HttpServletRequest;
import org.kefu.platform.NotFoundException;
import org.kefu.portal.VerifiedCases;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's download of a letter on the portal, for the session verified for that case only; any other
 * case, a letter of another case or no verification at all is the same 404 as a letter that does not exist.
 */
@Controller
class ComplaintLetterPortal {

    private final ComplaintLetters letters;
    private final VerifiedCases verified;

    ComplaintLetterPortal(ComplaintLetters letters, VerifiedCases verified) {
        this.letters = letters;
        this.verified = verified;
    }

    @GetMapping("/portal/cases/{number}/letters/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id, HttpServletRequest request) {
        if (!verified.allows(request, number)) {
            throw new NotFoundException("letter", id);
        }
        return ComplaintLetterDownloads.response(letters.openForCustomer(number, id));
    }
}
