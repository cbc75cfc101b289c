package org.citycast.publicity.content;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.citycast.publicity.platform.CurrentUser;
import org.citycast.publicity.platform.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/publicity/articles")
class ArticleController {

    record ReturnRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    private final ContentService content;
    private final ArticleList list;

    ArticleController(ContentService content, ArticleList list) {
        this.content = content;
        this.list = list;
    }

    @GetMapping
    Page<ArticleView> list(@Valid ArticleFilter filter, Pageable page) {
        CurrentUser user = CurrentUser.get();
        if (!ContentService.staff(user) && !(user.hasRole("SOCIETY_SECRETARY") && user.societyId().isPresent())) {
            throw DomainException.forbidden("Only editors, ADMIN and society secretaries work on articles.");
        }
        return list.find(filter, page, user);
    }

    @PostMapping
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleRequest request) {
        ArticleView created = ArticleView.of(content.create(request, CurrentUser.get()));
        return ResponseEntity.created(URI.create("/api/publicity/articles/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    ArticleView get(@PathVariable UUID id) {
        return ArticleView.of(content.get(id, CurrentUser.get()));
    }

    @PutMapping("/{id}")
    ArticleView edit(@PathVariable UUID id, @Valid @RequestBody ArticleRequest request) {
        return ArticleView.of(content.edit(id, request, CurrentUser.get()));
    }

    @PostMapping("/{id}/submission")
    ArticleView submit(@PathVariable UUID id) {
        return ArticleView.of(content.submit(id, CurrentUser.get()));
    }

    @PostMapping("/{id}/publication")
    ArticleView publish(@PathVariable UUID id) {
        return ArticleView.of(content.publish(id, CurrentUser.get()));
    }

    @PostMapping("/{id}/return")
    ArticleView returnToDraft(@PathVariable UUID id, @Valid @RequestBody ReturnRequest request) {
        return ArticleView.of(content.returnToDraft(id, request.comment().strip(), CurrentUser.get()));
    }

    @PostMapping("/{id}/archive")
    ArticleView archive(@PathVariable UUID id) {
        return ArticleView.of(content.archive(id, CurrentUser.get()));
    }

    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImageView> addImage(@PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        ArticleImages.Image image = content.addImage(id, file.getBytes(), CurrentUser.get());
        return ResponseEntity.created(URI.create(image.url())).body(ImageView.of(image));
    }

    @GetMapping("/{id}/images")
    List<ImageView> images(@PathVariable UUID id) {
        return content.images(id, CurrentUser.get()).stream().map(ImageView::of).toList();
    }

    /** A preview of an image while its article is not yet public. */
    @GetMapping("/{id}/images/{image}")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @PathVariable UUID image) {
        ArticleImages.StoredImage stored = content.image(id, image, CurrentUser.get());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType())).body(stored.bytes());
    }

    record ImageView(UUID id, String url, String contentType, int size, int width, int height) {
        static ImageView of(ArticleImages.Image image) {
            return new ImageView(image.id(), image.url(), image.contentType(), image.size(), image.width(),
                    image.height());
        }
    }
}
