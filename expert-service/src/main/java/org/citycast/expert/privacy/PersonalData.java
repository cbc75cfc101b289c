package org.citycast.expert.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts and masks personal data. The key comes from {@code platform.personal-data.password}
 * and {@code .salt} (hex); the local run has its own defaults, a real deployment sets its own.
 */
@Component
public class PersonalData {

    @ConfigurationProperties("platform.personal-data")
    record Keys(String password, String salt) {
    }

    private final TextEncryptor encryptor;
    private final SecretKeySpec digestKey;

    PersonalData(Keys keys) {
        // AES-256-GCM with a key derived by PBKDF2 and a random IV per value
        this.encryptor = Encryptors.delux(keys.password(), keys.salt());
        this.digestKey = new SecretKeySpec((keys.password() + ":" + keys.salt()).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
    }

    public String encrypt(String plain) {
        return plain == null ? null : encryptor.encrypt(plain);
    }

    public String decrypt(String cipher) {
        return cipher == null ? null : encryptor.decrypt(cipher);
    }

    /** A keyed digest (HMAC-SHA256) of an ID number, so that a duplicate is found without decrypting every row. */
    public String digest(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** 13812345678 → 138****5678; a short number keeps only its last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() >= 11) {
            return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
        }
        return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
    }

    /** 370802198001011234 → 370802********1234 (region and last four only). */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** zhang.wei@example.cn → z*******@example.cn */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "*".repeat(email.length());
        }
        return email.charAt(0) + "*".repeat(Math.max(1, at - 1)) + email.substring(at);
    }
}
