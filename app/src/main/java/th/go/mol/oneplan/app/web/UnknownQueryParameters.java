package th.go.mol.oneplan.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import th.go.mol.oneplan.common.InvalidValue;
import th.go.mol.oneplan.query.consistency.ReadYourWrites;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not take is a 400 naming it (rule {@code unknown-parameter}), never silently
 * ignored: a client that asks {@code /kpi?asOf=2019-03-31} and gets today's answer believes it got the answer of
 * that day. The parameters an endpoint takes are its handler's {@link RequestParam}s, so the rule follows the code
 * (and the OpenAPI, which is made from the same annotations), and every query of the query API takes
 * {@code minPosition} ({@link ReadYourWrites}). Only the ledger's own controllers are held to it.
 */
@Component
public class UnknownQueryParameters implements HandlerInterceptor, WebMvcConfigurer {
    private static final String OURS = "th.go.mol.oneplan.";

    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    /** What each endpoint takes; null for one that takes any (a map of parameters). */
    private final Map<HandlerMethod, Set<String>> taken = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null
                || !method.getBeanType().getName().startsWith(OURS)) {
            return true;
        }
        Set<String> allowed = taken.computeIfAbsent(method, this::parametersOf);
        if (ReadYourWrites.takesMinPosition(method, request.getMethod())) {
            allowed = new TreeSet<>(allowed);
            allowed.add(ReadYourWrites.MIN_POSITION);
        }
        if (allowed.contains("*")) {
            return true;
        }
        for (String name : Collections.list(request.getParameterNames())) {
            if (!allowed.contains(name)) {
                throw new InvalidValue(name, "unknown-parameter", "this endpoint takes no query parameter '" + name
                        + "'" + (allowed.isEmpty() ? "" : "; it takes " + String.join(", ", allowed)));
            }
        }
        return true;
    }

    private Set<String> parametersOf(HandlerMethod method) {
        Set<String> allowed = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                allowed.add("*");
                continue;
            }
            parameter.initParameterNameDiscovery(names);
            allowed.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
        }
        return allowed;
    }
}
