package io.builderengine.jmeter.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the X.509 certificates of a PEM (or DER) file: the CA file of a run, checked when the config is loaded. Stateless and thread-safe. */
public final class PemCertificates {

  private PemCertificates() {
  }

  /**
   * The CA file a user named, checked with {@link #read}.
   *
   * @param named as the user wrote it
   * @param besideFile a relative name is taken relative to this file's folder; null: the working folder
   * @throws IllegalArgumentException, one line, naming the file and what is wrong with it
   */
  public static Path checkedFile(String named, Path besideFile) {
    Path file;
    try {
      file = besideFile == null ? Path.of(named) : besideFile.resolveSibling(named);
    } catch (InvalidPathException e) {
      throw problem("'" + named + "' is not a file name this system can use (" + e.getReason() + ")", e);
    }
    read(file);
    return file;
  }

  /**
   * @return the certificates, at least one
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static List<X509Certificate> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certificates.add((X509Certificate) certificate);
      }
      if (certificates.isEmpty()) {
        throw problem(file + " holds no certificate; give a PEM file with one or more"
            + " -----BEGIN CERTIFICATE----- blocks", null);
      }
      return certificates;
    } catch (NoSuchFileException e) {
      throw problem(file + ": no such file (looked in " + file.toAbsolutePath().normalize() + ")", e);
    } catch (IOException e) {
      throw problem(file + " cannot be read (" + e.getMessage() + ")", e);
    } catch (CertificateException e) {
      throw problem(file + " is not a PEM certificate file (" + e.getMessage()
          + "); export the server's certificate, e.g. keytool -exportcert -rfc", e);
    }
  }

  /** Messages are one line, whatever the file's name or the JDK's text hold. */
  private static IllegalArgumentException problem(String message, Exception cause) {
    return new IllegalArgumentException(message.replaceAll("\\p{Cntrl}+", " "), cause);
  }
}
