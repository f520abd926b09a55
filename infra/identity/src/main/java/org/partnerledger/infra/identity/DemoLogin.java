package org.partnerledger.infra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a user in as a browser would, with the authorization code flow and PKCE of a public client, by default
 * {@value #CLIENT_ID}: authorize, the login form with its CSRF token and session cookie, the redirect carrying the
 * code, and the code exchanged for tokens. Nothing listens on the loopback redirect: the code is read from the
 * Location header.
 */
public final class DemoLogin {

    public static final String CLIENT_ID = "partnerledger-cli";
    public static final String REDIRECT_URI = "http://127.0.0.1/callback";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI issuer;
    private final String clientId;
    private final String redirectUri;
    private final SecureRandom random = new SecureRandom();

    public DemoLogin(URI issuer) {
        this(issuer, CLIENT_ID, REDIRECT_URI);
    }

    /** As another registered public client, e.g. the console with one of its redirect URIs. */
    public DemoLogin(URI issuer, String clientId, String redirectUri) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.redirectUri = redirectUri;
    }

    public record Tokens(String accessToken, String idToken) {
    }

    /** Thrown when the provider answers but does not hand out a code, e.g. for a wrong password. */
    public static final class LoginRefused extends RuntimeException {
        LoginRefused(String message) {
            super(message);
        }
    }

    /** @throws IOException when the provider cannot be reached */
    public Tokens signIn(String username, String password) throws IOException, InterruptedException {
        // A fresh client per sign-in: the session cookie must not carry one user's login over to the next.
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        JsonNode discovery = JSON.readTree(send(http, get(issuer.resolve(
                issuer.getPath() + "/.well-known/openid-configuration")), 200).body());
        String verifier = BASE64URL.encodeToString(randomBytes());
        String state = BASE64URL.encodeToString(randomBytes());
        URI authorize = URI.create(discovery.path("authorization_endpoint").asText() + "?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                "scope", "openid profile", "state", state,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256")));

        URI loginPage = location(send(http, get(authorize), 302));
        HttpResponse<String> form = send(http, get(loginPage), 200);
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (!csrf.find()) {
            throw new LoginRefused("The login page at " + loginPage + " has no CSRF token");
        }
        URI afterLogin = location(send(http, post(loginPage, Map.of(
                "username", username, "password", password, "_csrf", csrf.group(1))), 302));
        if (afterLogin.getQuery() != null && afterLogin.getQuery().contains("error")) {
            throw new LoginRefused("Wrong username or password for " + username);
        }
        URI callback = location(send(http, get(afterLogin), 302));
        Map<String, String> answer = query(callback);
        if (!callback.toString().startsWith(redirectUri) || !state.equals(answer.get("state"))
                || !answer.containsKey("code")) {
            throw new LoginRefused("No authorization code for " + username + ": redirected to " + callback);
        }
        JsonNode tokens = JSON.readTree(send(http, post(URI.create(discovery.path("token_endpoint").asText()), Map.of(
                "grant_type", "authorization_code", "code", answer.get("code"), "redirect_uri", redirectUri,
                "client_id", clientId, "code_verifier", verifier)), 200).body());
        return new Tokens(tokens.path("access_token").asText(), tokens.path("id_token").asText());
    }

    private static HttpRequest get(URI uri) {
        // Accept HTML as a browser does: the provider redirects browsers to its login form, others get a 401.
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build();
    }

    private static HttpRequest post(URI uri, Map<String, String> fields) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html, application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, int expectedStatus)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new LoginRefused(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " instead of " + expectedStatus + ": " + response.body());
        }
        return response;
    }

    private static URI location(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        return response.uri().resolve(location.orElseThrow(
                () -> new LoginRefused(response.uri() + " redirected without a Location")));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String challenge(String verifier) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
