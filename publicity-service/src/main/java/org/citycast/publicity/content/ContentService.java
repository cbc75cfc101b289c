package org.citycast.publicity.content;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.publicity.inbound.ExpertReported;
import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.citycast.publicity.pool.PoolExpert;
import org.citycast.publicity.pool.PoolExperts;
import org.citycast.publicity.society.KnownSocieties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article workflow and who may take each step: EDITOR (and ADMIN) write, review, publish and
 * archive anything; a secretary drafts and submits news for its own society's sub-site only.
 */
@Service
class ContentService {

    private final Articles articles;
    private final ArticleImages images;
    private final ContentColumns columns;
    private final Campaigns campaigns;
    private final KnownSocieties societies;
    private final PoolExperts experts;
    private final Clock clock;

    ContentService(Articles articles, ArticleImages images, ContentColumns columns, Campaigns campaigns,
            KnownSocieties societies, PoolExperts experts, Clock clock) {
        this.articles = articles;
        this.images = images;
        this.columns = columns;
        this.campaigns = campaigns;
        this.societies = societies;
        this.experts = experts;
        this.clock = clock;
    }

    @Transactional
    Article create(ArticleRequest request, CurrentUser user) {
        requireAuthor(user);
        Article article = Article.draft(UUID.randomUUID(), content(request, user), user.username(), clock.instant());
        return articles.save(article);
    }

    @Transactional
    Article edit(UUID id, ArticleRequest request, CurrentUser user) {
        Article article = writable(id, user);
        article.requireEditable();
        article.edit(content(request, user), clock.instant());
        return articles.save(article);
    }

    @Transactional
    Article submit(UUID id, CurrentUser user) {
        Article article = writable(id, user);
        article.submit(clock.instant());
        return articles.save(article);
    }

    @Transactional
    Article publish(UUID id, CurrentUser user) {
        Article article = reviewable(id, user);
        article.publish(clock.instant());
        return articles.save(article);
    }

    @Transactional
    Article returnToDraft(UUID id, String comment, CurrentUser user) {
        Article article = reviewable(id, user);
        article.returnToDraft(comment, clock.instant());
        return articles.save(article);
    }

    @Transactional
    Article archive(UUID id, CurrentUser user) {
        Article article = reviewable(id, user);
        article.archive(clock.instant());
        return articles.save(article);
    }

    @Transactional(readOnly = true)
    Article get(UUID id, CurrentUser user) {
        requireAuthor(user);
        Article article = articles.findById(id).orElseThrow(() -> DomainException.notFound("Article", id));
        if (!staff(user) && !ownSociety(article, user)) {
            throw DomainException.notFound("Article", id);
        }
        return article;
    }

    @Transactional
    ArticleImages.Image addImage(UUID id, byte[] bytes, CurrentUser user) {
        Article article = writable(id, user);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw DomainException.conflict("Images are added to a draft; this article is " + article.getStatus() + ".");
        }
        return images.store(id, bytes, clock.instant());
    }

    @Transactional(readOnly = true)
    List<ArticleImages.Image> images(UUID id, CurrentUser user) {
        return images.of(get(id, user).getId());
    }

    @Transactional(readOnly = true)
    ArticleImages.StoredImage image(UUID id, UUID image, CurrentUser user) {
        get(id, user);
        return images.bytes(id, image).orElseThrow(() -> DomainException.notFound("Image", image));
    }

    /** A linked pool expert's public fields changed: their profiles follow. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ExpertReported reported) {
        ExpertReported.Expert expert = reported.expert();
        for (Article profile : articles.findByExpertId(expert.id())) {
            profile.followExpert(expert.name(), expert.title(), expert.employer(), reported.time());
            articles.save(profile);
        }
    }

    static boolean staff(CurrentUser user) {
        return user.admin() || user.hasRole("EDITOR");
    }

    private static boolean secretary(CurrentUser user) {
        return user.hasRole("SOCIETY_SECRETARY") && user.societyId().isPresent();
    }

    private static void requireAuthor(CurrentUser user) {
        if (!staff(user) && !secretary(user)) {
            throw DomainException.forbidden("Only editors, ADMIN and society secretaries work on articles.");
        }
    }

    private static boolean ownSociety(Article article, CurrentUser user) {
        return secretary(user) && article.getSocietyId() != null
                && user.societyId().get().equals(article.getSocietyId());
    }

    private Article writable(UUID id, CurrentUser user) {
        requireAuthor(user);
        Article article = articles.findById(id).orElseThrow(() -> DomainException.notFound("Article", id));
        if (!staff(user) && !ownSociety(article, user)) {
            throw DomainException.forbidden("You may change only your own society's articles.");
        }
        return article;
    }

    private Article reviewable(UUID id, CurrentUser user) {
        if (!staff(user)) {
            throw DomainException.forbidden("Only an editor or ADMIN reviews, publishes and archives articles.");
        }
        return articles.findById(id).orElseThrow(() -> DomainException.notFound("Article", id));
    }

    /** Checks references and cleans the body; a secretary's article is its own society's news, on the platform. */
    private ArticleContent content(ArticleRequest request, CurrentUser user) {
        UUID society = request.societyId();
        Set<Channel> channels = request.channels() == null || request.channels().isEmpty()
                ? EnumSet.of(Channel.PLATFORM) : EnumSet.copyOf(request.channels());
        if (!staff(user)) {
            UUID own = user.societyId().orElseThrow();
            if (society != null && !society.equals(own)) {
                throw DomainException.forbidden("You may write only for your own society's sub-site.");
            }
            if (request.kind() != ArticleKind.NEWS) {
                throw DomainException.forbidden("A society secretary drafts news; profiles are written by editors.");
            }
            society = own;
            channels = EnumSet.of(Channel.PLATFORM);
        } else if (society != null && !societies.existsById(society)) {
            throw DomainException.invalid("societyId", "is not a society this service knows");
        }
        UUID column = request.columnId();
        if (column == null) {
            column = request.kind() == ArticleKind.PROFILE ? ContentColumns.TALENTS
                    : society != null ? ContentColumns.SOCIETY_NEWS : null;
        }
        if (column == null) {
            throw DomainException.invalid("columnId", "is required for news that belongs to no society");
        }
        if (columns.find(column).isEmpty()) {
            throw DomainException.invalid("columnId", "is not a column");
        }
        if (request.campaignId() != null && campaigns.find(request.campaignId()).isEmpty()) {
            throw DomainException.invalid("campaignId", "is not a campaign");
        }
        String body = RichText.clean(request.body());
        if (body.isEmpty()) {
            throw DomainException.invalid("body", "has no content left once cleaned of what may not be stored");
        }
        ArticleRequest.Person person = request.person();
        if (request.kind() != ArticleKind.PROFILE) {
            return new ArticleContent(request.kind(), column, society, request.campaignId(), request.title().strip(),
                    blankToNull(request.summary()), body, channels, null, null, null, null, false);
        }
        if (person == null) {
            throw DomainException.invalid("person", "is required for a profile");
        }
        String name = person.name();
        String title = person.title();
        String employer = person.employer();
        if (person.expertId() != null) {
            PoolExpert expert = experts.find(person.expertId())
                    .orElseThrow(() -> DomainException.invalid("person.expertId", "is not an expert of the pools"));
            name = expert.name();
            title = expert.title();
            employer = expert.employer();
        }
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("person.name", "is required for a profile not linked to a pool expert");
        }
        return new ArticleContent(request.kind(), column, society, request.campaignId(), request.title().strip(),
                blankToNull(request.summary()), body, channels, name.strip(), blankToNull(title),
                blankToNull(employer), person.expertId(), person.leader());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
