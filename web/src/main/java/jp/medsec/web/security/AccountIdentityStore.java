package jp.medsec.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jp.medsec.account.PasswordHashes;
import jp.medsec.account.SignInService;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database identity store: accounts in {@code user_account}, passwords as PBKDF2 hashes checked by Jakarta
 * Security's {@link Pbkdf2PasswordHash}, the caller's single role as its group. Locked or disabled accounts are
 * refused whatever the password; an unknown user name costs the same hashing time as a known one.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Verified against when the user name is unknown, so that timing does not tell which names exist. */
    private String decoyHash;

    @PostConstruct
    void init() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", PasswordHashes.ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(PasswordHashes.ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", String.valueOf(PasswordHashes.SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", String.valueOf(PasswordHashes.KEY_BYTES)));
        decoyHash = passwordHash.generate("decoy-password".toCharArray());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller() == null ? "" : login.getCaller().strip();
        Optional<SignInService.SignInAccount> account = signIn.find(username);
        if (account.isEmpty()) {
            passwordHash.verify(login.getPassword().getValue(), decoyHash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean matches = passwordHash.verify(login.getPassword().getValue(), account.get().passwordHash());
        SignInService.Outcome outcome = signIn.recordAttempt(account.get().username(), matches);
        if (outcome != SignInService.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().username(), Set.of(account.get().role().name()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return signIn.find(validationResult.getCallerPrincipal().getName())
                .map(a -> Set.of(a.role().name()))
                .orElse(Set.of());
    }
}
