package org.partnerledger.infra.identity;

import org.partnerledger.infra.identity.DemoDirectory.DemoUser;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./run token [user [password]]}: without a user, lists the demo users; with one, signs them in at the
 * local provider and prints the access token on the last line, so that {@code $(./run token coordinator | tail -1)}
 * is the token.
 */
public final class TokenCommand {

    private TokenCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err)
            throws InterruptedException {
        DemoDirectory directory = DemoDirectory.load();
        if (args.length == 0) {
            list(directory, out);
            return 0;
        }
        Optional<DemoUser> user = directory.user(args[0]);
        if (user.isEmpty()) {
            err.println("No demo user '" + args[0] + "'; ./run token lists them");
            return 2;
        }
        URI issuer = URI.create(issuer(env));
        String password = args.length > 1 ? args[1] : user.get().password();
        try {
            out.println("Signing in at " + issuer + " as " + describe(directory, user.get()) + "; access token:");
            out.println(new DemoLogin(issuer).signIn(user.get().username(), password).accessToken());
            return 0;
        } catch (IOException e) {
            err.println("No identity provider answers at " + issuer + " (" + e + "). Start PartnerLedger with"
                    + " ./run in another terminal first, or set PARTNERLEDGER_ISSUER to where yours runs.");
            return 1;
        } catch (DemoLogin.LoginRefused e) {
            err.println("Sign-in refused: " + e.getMessage());
            return 1;
        }
    }

    static String issuer(Map<String, String> env) {
        String issuer = env.get("PARTNERLEDGER_ISSUER");
        if (issuer != null && !issuer.isBlank()) {
            return issuer;
        }
        String port = env.getOrDefault("PARTNERLEDGER_IDENTITY_PORT", "9000");
        return "http://localhost:" + (port.isBlank() ? "9000" : port.trim());
    }

    private static void list(DemoDirectory directory, PrintStream out) {
        out.println("Demo users (password 'demo' for all); ./run token <user> prints an access token:");
        for (DemoUser user : directory.users()) {
            var organisation = directory.organisationOf(user);
            out.printf("  %-12s %-12s %-30s %s%n", user.username(), user.role(), organisation.name(),
                    user.name());
        }
    }

    private static String describe(DemoDirectory directory, DemoUser user) {
        var organisation = directory.organisationOf(user);
        return user.name() + ", " + user.role() + " at " + organisation.name() + " (" + organisation.shortId() + ", "
                + organisation.id() + ")";
    }
}
