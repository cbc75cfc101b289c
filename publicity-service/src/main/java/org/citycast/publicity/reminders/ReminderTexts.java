package org.citycast.publicity.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Chinese words of reminders, escalations and digests, from the text templates in
 * {@code templates/mail/} (Thymeleaf's TEXT mode with Spring's expression language; an engine of this module's own, so the site's
 * HTML templates stay as Boot configures them). One text serves the inbox notice and the mail.
 */
@Component
class ReminderTexts {

    /** A subject line and its body. */
    record Text(String subject, String body) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ReminderSettings settings;
    private final String platformName;

    ReminderTexts(ReminderSettings settings, @Value("${platform.site.name:学会信息服务平台}") String platformName) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        engine.setTemplateResolver(resolver);
        this.settings = settings;
        this.platformName = platformName;
    }

    Text of(Deadline deadline, String stage, Instant now, ZoneId zone) {
        LocalDate lastDay = ReminderRules.lastDay(deadline.dueAt(), zone);
        String url = settings.platformUrl() + (deadline.link() == null ? "" : deadline.link());
        if (ReminderRules.MISSED.equals(stage)) {
            long late = Math.max(0, ChronoUnit.DAYS.between(lastDay, LocalDate.ofInstant(now, zone)));
            return new Text("【逾期】" + deadline.title() + "：已于" + DAY.format(lastDay) + "截止，尚未办理",
                    render("escalation", Map.of("title", deadline.title(), "lastDay", DAY.format(lastDay),
                            "daysLate", late, "url", url)));
        }
        long left = ReminderRules.daysLeft(deadline.dueAt(), now, zone);
        String when = left == 0 ? "今天截止" : "还有" + left + "天（" + DAY.format(lastDay) + "截止）";
        return new Text("【截止提醒】" + deadline.title() + "：" + when,
                render("reminder", Map.of("title", deadline.title(), "lastDay", DAY.format(lastDay),
                        "daysLeft", left, "url", url)));
    }

    Text digest(LocalDate date, List<Text> mails) {
        return new Text("【每日提醒汇总】" + DAY.format(date) + "：" + mails.size() + "项截止提醒",
                render("digest", Map.of("date", DAY.format(date), "count", mails.size(), "mails", mails)));
    }

    private String render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        context.setVariable("platformName", platformName);
        return engine.process(template, context);
    }
}
