package org.citycast.society.accounts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail Keycloak sends through the realm's SMTP settings (127.0.0.1:3025). Where the local
 * run's GreenMail is up (SMTP 3025, its web API on 8025), messages are read through that API;
 * where nothing listens on 3025, a GreenMail is started in this JVM on that port and read
 * directly. Both hold every message in memory and deliver nothing outside.
 */
final class Mailbox {

    /** A message as a person would read it: the subject and the plain-text body. */
    record Mail(String subject, String text) {
    }

    static final int SMTP_PORT = 3025;
    static final String WEB_API = System.getProperty("test.mail-api", "http://localhost:8025");

    private static GreenMail inProcess;

    private Mailbox() {
    }

    /** Starts the in-JVM server once, and only when no mail server holds the port. */
    static synchronized void ensureServer() {
        if (inProcess != null || !portFree()) {
            return;
        }
        inProcess = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        inProcess.start();
        Runtime.getRuntime().addShutdownHook(new Thread(inProcess::stop));
    }

    static synchronized List<Mail> to(String address) throws Exception {
        List<Mail> mails = new ArrayList<>();
        if (inProcess != null) {
            for (MimeMessage message : inProcess.getReceivedMessagesForDomain(address)) {
                mails.add(new Mail(message.getSubject(), text(message)));
            }
            return mails;
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(WEB_API
                        + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 404) {
            return mails;
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GreenMail's API answered " + answer.statusCode() + ": " + answer.body());
        }
        Session session = Session.getInstance(new Properties());
        for (JsonNode message : JsonMapper.builder().build().readTree(answer.body())) {
            var mime = new MimeMessage(session, new ByteArrayInputStream(
                    message.get("mimeMessage").asString().getBytes(StandardCharsets.UTF_8)));
            mails.add(new Mail(mime.getSubject(), text(mime)));
        }
        return mails;
    }

    /** The text/plain part (Keycloak sends text and HTML alternatives), decoded. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = text(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean portFree() {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", SMTP_PORT));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static String describe() {
        return inProcess != null ? "GreenMail in this JVM on 127.0.0.1:" + SMTP_PORT : "GreenMail's API at " + WEB_API;
    }
}
