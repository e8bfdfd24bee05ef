import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Prints a throw-away RSA private key (PKCS#8 PEM) for the JDK AOT cache training run, which must
 * not need a database: with app.auth.signing-key.private-key-pem set, the key ring reads no table.
 * Run with a JDK: java bootstrap/aot/TrainingKey.java. The key is never used to sign anything.
 */
public class TrainingKey {
    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
        System.out.println("-----BEGIN PRIVATE KEY-----");
        System.out.println(Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der));
        System.out.println("-----END PRIVATE KEY-----");
    }
}
