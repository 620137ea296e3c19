package org.kefu.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.security.authentication.AnonymousAuthenticationToken;

/**
 * What the layout of every page needs: the navigation and home tiles the modules contribute, filtered
 * to what the visitor may use, and the current language for the switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationItem> navigation;
    private final List<HomeTile> tiles;

    LayoutModel(List<NavigationItem> navigation, List<HomeTile> tiles) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.tiles = tiles.stream().sorted(Comparator.comparingInt(HomeTile::order)).toList();
    }

    /**
     * One entry point rather than one per attribute: the advice matches {@code @RestController}s too
     * (they are {@code @Controller}s), and an API answer needs none of this — skipping it there saves
     * work on every API call.
     */
    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
            return;
        }
        model.addAttribute("navigation", navigation());
        model.addAttribute("tiles", tiles());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("languageBase", languageBase(request));
        model.addAttribute("signedInAs", signedInAs());
        model.addAttribute("language", language());
    }

    /**
     * The visitor's links in order; the links of one menu together as one drop-down, placed where its first
     * link would be. A menu with no link the visitor may use does not show.
     */
    List<NavigationEntry> navigation() {
        List<NavigationEntry> entries = new java.util.ArrayList<>();
        java.util.Map<String, List<NavigationItem>> menus = new java.util.HashMap<>();
        for (NavigationItem item : navigation) {
            if (!allowed(item.requiredAuthority())) {
                continue;
            }
            if (item.menu() == null) {
                entries.add(new NavigationEntry(item, null, List.of()));
            } else {
                menus.computeIfAbsent(item.menu(), menu -> {
                    List<NavigationItem> items = new java.util.ArrayList<>();
                    entries.add(new NavigationEntry(null, menu, items));
                    return items;
                }).add(item);
            }
        }
        return entries;
    }

    List<HomeTile> tiles() {
        return tiles.stream().filter(tile -> allowed(tile.requiredAuthority())).toList();
    }

    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /**
     * Where the language switch leads: this page again for a GET (its query kept, lang replaced); after a
     * POST (a form shown again with errors) the page the form came from, as switching must never repost.
     */
    String languageBase(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            return "/?";
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString() == null ? "" : request.getQueryString()
                    .replaceAll("(^|&)lang=[^&]*", "").replaceAll("^&", "");
            return request.getRequestURI() + (query.isEmpty() ? "?" : "?" + query + "&");
        }
        try {
            String referer = request.getHeader("Referer");
            String path = referer == null ? null : URI.create(referer).getRawPath();
            return (path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path) + "?";
        } catch (IllegalArgumentException malformed) {
            return "/?";
        }
    }

    /** The signed-in user's name for the header; null for visitors and for sign-ins still awaiting a code. */
    String signedInAs() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken
                || user.getAuthorities().stream().anyMatch(a -> a.getAuthority().endsWith("SECOND_FACTOR_PENDING"))) {
            return null;
        }
        return user.getName();
    }

    String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return Languages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    private static boolean allowed(String authority) {
        if (authority == null) {
            return true;
        }
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
