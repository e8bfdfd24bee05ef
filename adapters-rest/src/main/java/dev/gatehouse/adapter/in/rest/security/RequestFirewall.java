package dev.gatehouse.adapter.in.rest.security;

import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its header and parameter-name checks written as a loop
 * over code points instead of its regular expression ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}).
 * The rule is the same — every character assigned in Unicode and not a control character — but
 * the expression ran for every header of every request and showed up in profiles of the hottest
 * read. Everything else the firewall refuses (encoded slashes, path traversal, odd methods) is
 * unchanged.
 */
public final class RequestFirewall {

    private RequestFirewall() {}

    public static HttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedHeaderValues(RequestFirewall::assignedAndNotControl);
        firewall.setAllowedParameterNames(RequestFirewall::assignedAndNotControl);
        return firewall;
    }

    static boolean assignedAndNotControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
