package it.mutua.admin.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;

import jakarta.servlet.http.HttpServletResponse;

/** Shown inside the shell when a logged-in user opens a view their roles do not allow. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, LocaleChangeObserver {

    private final H2 title = new H2();
    private final Paragraph text = new Paragraph();

    public AccessDeniedView() {
        add(title, text);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("access_denied.title"));
        text.setText(getTranslation("access_denied.text"));
    }
}
