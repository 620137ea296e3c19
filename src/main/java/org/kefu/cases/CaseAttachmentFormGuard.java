package org.kefu.cases;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kefu.platform.Flash;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns an upload form that is too large into a message on the case page. It must act before anything
 * reads a request parameter (the CSRF check does, first of all): Tomcat would parse the multipart body
 * for it, fail on its size and take the error page down with it. Browsers always declare the length of
 * a form upload, so the declared length is what is checked; the body is never read.
 */
class CaseAttachmentFormGuard extends OncePerRequestFilter {

    private static final Pattern FORM = Pattern.compile("/cases/([^/]+)/attachments");

    private final CaseAttachmentProperties limits;
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    CaseAttachmentFormGuard(CaseAttachmentProperties limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !FORM.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limits.maxRequestSize().toBytes()) {
            chain.doFilter(request, response);
            return;
        }
        Matcher form = FORM.matcher(path(request));
        form.matches();
        String casePage = request.getContextPath() + "/cases/" + form.group(1);
        FlashMap flash = new FlashMap();
        flash.put("flash", Flash.danger("case.attachment.too-large", limits.maxSize().toMegabytes()));
        flash.put("attachmentError", "too-large");
        flash.setTargetRequestPath(casePage);
        flashes.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", casePage);
        response.setHeader("Connection", "close");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
