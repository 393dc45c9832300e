package it.mutua.admin.coverage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MyClaimsApi;

import java.io.ByteArrayInputStream;

/**
 * "Scarica il libretto del piano (PDF)": the API renders the booklet of the plan in force for the member's
 * cooperative; the link fetches it with the member's token when clicked (captured now: the download request runs
 * outside the UI's lock).
 */
final class BookletLink {

    private BookletLink() {
    }

    static Anchor of(MyClaimsApi api, String planCode, Caller caller, String text) {
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = api.booklet(planCode, caller);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "libretto-" + planCode + ".pdf",
                    "application/pdf", bytes.length);
        });
        Anchor link = new Anchor(pdf, AttachmentType.DOWNLOAD, text);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.setId("booklet-download");
        return link;
    }
}
