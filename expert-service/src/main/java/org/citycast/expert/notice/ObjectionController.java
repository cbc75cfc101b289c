package org.citycast.expert.notice;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citycast.expert.platform.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN's side of the objections: read them with the objector's contact, answer each in writing. */
@RestController
@RequestMapping("/api/awards/objections")
@PreAuthorize("hasRole('ADMIN')")
class ObjectionController {

    private final NoticeService notices;

    ObjectionController(NoticeService notices) {
        this.notices = notices;
    }

    record Answer(@NotNull Boolean upheld, @NotBlank @Size(min = 5, max = 2000) String answer) {
    }

    @GetMapping
    List<ObjectionView> list(@RequestParam UUID programmeId, @RequestParam(required = false) Objection.Status status) {
        return notices.objections(programmeId, status);
    }

    @PostMapping("/{id}/answer")
    ObjectionView answer(@PathVariable UUID id, @Valid @RequestBody Answer answer) {
        return notices.answer(id, answer.upheld(), answer.answer(), CurrentUser.get());
    }
}
