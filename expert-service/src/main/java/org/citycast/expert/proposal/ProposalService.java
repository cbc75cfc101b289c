package org.citycast.expert.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citycast.expert.platform.AssociationTime;
import org.citycast.expert.platform.CurrentUser;
import org.citycast.expert.platform.DomainException;
import org.citycast.expert.platform.FieldProblem;
import org.citycast.expert.pool.ExpertCard;
import org.citycast.expert.pool.ExpertService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals: an author sees theirs, ADMIN all; everyone else is told they do not exist. */
@Service
public class ProposalService {

    static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    private final Proposals proposals;
    private final Attachments attachments;
    private final ExpertService experts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(Proposals proposals, Attachments attachments, ExpertService experts,
            ApplicationEventPublisher events, Clock clock) {
        this.proposals = proposals;
        this.attachments = attachments;
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    /** Filed by a pool expert, with other pool experts as co-authors. */
    @Transactional
    public ProposalView file(String title, String summary, String topic, List<UUID> coAuthors, CurrentUser user) {
        UUID me = user.expertId().orElseThrow(() -> DomainException.forbidden(
                "Your account is not linked to an expert record (expert_id)."));
        ExpertCard filer = experts.card(me).filter(ExpertCard::inAnyPool).orElseThrow(() ->
                DomainException.forbidden("Proposals are filed by experts in a pool; you are not in one."));
        List<Author> authors = new ArrayList<>(List.of(author(filer)));
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>(List.of(me));
        List<UUID> others = coAuthors == null ? List.of() : coAuthors;
        for (int i = 0; i < others.size(); i++) {
            UUID id = others.get(i);
            if (!seen.add(id)) {
                problems.add(new FieldProblem("coAuthorIds[" + i + "]", "is already an author"));
                continue;
            }
            var card = experts.card(id).filter(ExpertCard::inAnyPool);
            if (card.isEmpty()) {
                problems.add(new FieldProblem("coAuthorIds[" + i + "]", "is not an expert in a pool"));
            } else {
                authors.add(author(card.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("Some co-authors cannot be named.", problems);
        }
        Instant now = clock.instant();
        Proposal proposal = proposals.save(Proposal.file(UUID.randomUUID(), AssociationTime.today(clock).getYear(),
                title, summary, topic, authors, now));
        return view(proposal);
    }

    @Transactional(readOnly = true)
    public List<ProposalView> list(Integer year, Proposal.Status status, CurrentUser user) {
        List<Proposal> found;
        if (user.admin()) {
            found = year == null ? proposals.findAll() : proposals.findByYearOrderByFiledAtDesc(year);
        } else {
            found = user.expertId().map(me -> proposals.findAllById(proposals.byAuthor(me))).orElse(List.of());
        }
        return found.stream()
                .filter(p -> year == null || p.getYear() == year)
                .filter(p -> status == null || p.getStatus() == status)
                .sorted(java.util.Comparator.comparing(Proposal::getFiledAt).reversed())
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ProposalView find(UUID id, CurrentUser user) {
        return view(visible(id, user));
    }

    /** An author adds a file while the proposal has not been forwarded yet. */
    @Transactional
    public Attachments.Attachment attach(UUID id, String filename, byte[] content, CurrentUser user) {
        Proposal proposal = visible(id, user);
        if (proposal.getStatus() != Proposal.Status.FILED) {
            throw DomainException.conflict("The proposal has been forwarded; its files are final.");
        }
        if (content.length == 0) {
            throw DomainException.invalid("file", "is empty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw DomainException.invalid("file", "is larger than 10 MB");
        }
        String type = FileTypes.detect(content, filename).orElseThrow(() -> DomainException.invalid("file",
                "must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file"));
        String name = filename == null || filename.isBlank() ? "attachment" : filename.strip();
        return attachments.store(id, name.length() > 200 ? name.substring(0, 200) : name, type, content,
                user.username(), clock.instant());
    }

    @Transactional(readOnly = true)
    public byte[] attachment(UUID id, UUID attachment, CurrentUser user) {
        visible(id, user);
        return attachments.content(id, attachment).orElseThrow(() -> DomainException.notFound("Attachment",
                attachment));
    }

    @Transactional(readOnly = true)
    public Attachments.Attachment attachmentInfo(UUID id, UUID attachment) {
        return attachments.of(id).stream().filter(a -> a.id().equals(attachment)).findFirst()
                .orElseThrow(() -> DomainException.notFound("Attachment", attachment));
    }

    @Transactional
    public ProposalView forward(UUID id, String to, CurrentUser user) {
        Proposal proposal = get(id);
        proposal.forward(to, user.username(), clock.instant());
        return view(proposals.save(proposal));
    }

    /** The leadership's feedback; an adopted proposal (wholly or partly) is announced. */
    @Transactional
    public ProposalView answer(UUID id, String feedback, Adoption adoption) {
        Proposal proposal = get(id);
        Instant now = clock.instant();
        proposal.answer(feedback, adoption, now);
        Proposal saved = proposals.save(proposal);
        if (adoption.adopted()) {
            events.publishEvent(new ProposalAdopted(UUID.randomUUID(), now, saved.getId(), saved.getYear(),
                    saved.getTitle(), saved.getTopic(), saved.getSummary(), saved.getAuthors(), adoption,
                    saved.getForwardedTo(), day(saved.getForwardedAt()), day(now)));
        }
        return view(saved);
    }

    /** The year's proposals: filed, forwarded, adopted (wholly or partly). */
    @Transactional(readOnly = true)
    public ProposalFigures figures(int year) {
        List<Proposal> all = proposals.findByYearOrderByFiledAtDesc(year);
        return new ProposalFigures(all.size(),
                all.stream().filter(p -> p.getStatus() != Proposal.Status.FILED).count(),
                all.stream().filter(p -> p.getAdoption() != null && p.getAdoption().adopted()).count());
    }

    private Proposal get(UUID id) {
        return proposals.findById(id).orElseThrow(() -> DomainException.notFound("Proposal", id));
    }

    private Proposal visible(UUID id, CurrentUser user) {
        Proposal proposal = get(id);
        if (!user.admin() && user.expertId().filter(proposal::hasAuthor).isEmpty()) {
            throw DomainException.notFound("Proposal", id);
        }
        return proposal;
    }

    private ProposalView view(Proposal p) {
        return new ProposalView(p.getId(), p.getYear(), p.getTitle(), p.getSummary(), p.getTopic(), p.getStatus(),
                p.getAuthors(), p.getFiledAt(), p.getForwardedTo(), p.getForwardedAt(), p.getFeedback(),
                p.getAdoption(), p.getAnsweredAt(), attachments.of(p.getId()));
    }

    private static Author author(ExpertCard card) {
        return new Author(card.id(), card.name(), card.title(), card.employer());
    }

    private static LocalDate day(Instant moment) {
        return moment == null ? null : moment.atZone(AssociationTime.ZONE).toLocalDate();
    }
}
