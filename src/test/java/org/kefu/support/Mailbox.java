package org.kefu.support;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** What a customer's mailbox on the test SMTP server (GreenMail) holds, as text a person would read. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Subject and decoded text of every message to {@code address}, in order of arrival. */
    public static List<String> messagesTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address))
                .map(m -> text(m) + " " + subject(m)).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The decoded text of the message (the raw body is base64 for Chinese text). */
    private static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    all.append(parts.getBodyPart(i).getContent()).append(' ');
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
