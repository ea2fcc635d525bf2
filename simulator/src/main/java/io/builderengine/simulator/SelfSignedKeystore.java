package io.builderengine.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a self-signed key store for a simulator on loopback, with the JDK's own {@code keytool}
 * (the JDK has no public API for it, and Netty's SelfSignedCertificate needs BouncyCastle or JDK
 * internals on Java 17): for tests and demos of https and wss targets. The certificate names
 * 127.0.0.1, ::1 and localhost, and is valid for two days.
 *
 * <p>Stateless and thread-safe.
 */
public final class SelfSignedKeystore {

  /** The key store's file in the folder given. */
  public static final String KEYSTORE_FILE = "simulator.p12";
  /** The certificate alone, PEM, for a client's CA file or trust store. */
  public static final String CERTIFICATE_FILE = "simulator.pem";

  private static final String ALIAS = "simulator";
  private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

  private SelfSignedKeystore() {
  }

  /**
   * Writes {@link #KEYSTORE_FILE} and {@link #CERTIFICATE_FILE} into {@code folder}.
   *
   * @param subjectAlternativeNames e.g. {@code ip:127.0.0.1,dns:localhost}: the names the
   *     certificate is valid for
   * @throws UncheckedIOException when keytool cannot be run or fails
   */
  public static ServerKeystore create(Path folder, String password, String subjectAlternativeNames) {
    Path keystore = folder.resolve(KEYSTORE_FILE);
    keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=Builder Engine simulator", "-ext", "san=" + subjectAlternativeNames, "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass:env", "BE_KEYTOOL_PASSWORD",
        "-keypass:env", "BE_KEYTOOL_PASSWORD", password);
    keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keystore.toString(),
        "-storepass:env", "BE_KEYTOOL_PASSWORD", "-file", folder.resolve(CERTIFICATE_FILE).toString(), password);
    return new ServerKeystore(keystore, password);
  }

  /** For a simulator on loopback: 127.0.0.1, ::1 and localhost. */
  public static ServerKeystore forLoopback(Path folder, String password) {
    return create(folder, password, "ip:127.0.0.1,ip:::1,dns:localhost");
  }

  /** The last argument is the password, handed over in the environment rather than on the command line. */
  private static void keytool(String... argumentsThenPassword) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(argumentsThenPassword).subList(0, argumentsThenPassword.length - 1));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("BE_KEYTOOL_PASSWORD", argumentsThenPassword[argumentsThenPassword.length - 1]);
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new UncheckedIOException(new IOException("keytool " + command.get(1) + " failed: " + output.strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while keytool ran", e));
    }
  }
}
