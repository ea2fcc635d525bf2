package io.builderengine.simulator;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;

/**
 * The PKCS12 key store the simulator serves https and wss with: its first key entry is the server's
 * key and certificate chain. The password is a secret: {@link #toString()} masks it and no message
 * shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the .p12 file, e.g. made with {@code keytool -genkeypair -storetype PKCS12}; null
 *     while only the password has been given (the command line takes the two in any order), which
 *     {@link SimulatorConfig#validate()} refuses
 * @param password the store's (and key's) password; "" when none was given
 */
public record ServerKeystore(Path file, String password) {

  public ServerKeystore {
    Objects.requireNonNull(password, "password; use \"\" for none");
  }

  /**
   * @throws IllegalArgumentException naming the file and what is wrong with it (never the password)
   */
  SslContext sslContext() {
    if (file == null) {
      throw new IllegalArgumentException("a TLS key store password was given but no key store: add"
          + " --tls-keystore FILE (PKCS12)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password.toCharArray());
      return SslContextBuilder.forServer(keys).build();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("TLS key store " + file + ": no such file", e);
    } catch (IOException e) {
      // A wrong password shows as an IOException whose cause is an UnrecoverableKeyException.
      throw new IllegalArgumentException("TLS key store " + file + " cannot be read as PKCS12 with the given"
          + " password (" + e.getMessage() + "); give its password with --tls-keystore-password-env VAR", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("TLS key store " + file + " holds no usable key (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public String toString() {
    return "ServerKeystore[file=" + file + ", password=****]";
  }
}
