package it.mutua.admin.coverage;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.layout.MainLayout;
import it.mutua.admin.members.Periods;
import it.mutua.admin.security.CurrentUser;
import it.mutua.admin.security.Roles;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.util.List;

/** "La mia famiglia" on a phone: me and my family unit, one card each, with role and coverage in plain words. */
@Route(value = "la-mia-famiglia", layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER)
public class MyFamilyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MembersApi api;
    private final Div cards = new Div();

    @Inject
    public MyFamilyView(MembersApi api) {
        this.api = api;
        cards.addClassName("coverage-cards");
        cards.setId("my-family");
        add(new H2(getTranslation("my_family.title")), cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my_family.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        cards.removeAll();
        try {
            MembersApi.Detail me = api.me(CurrentUser.require().caller(getLocale()));
            cards.add(card(me.member(), me.periods()));
            me.family().forEach(r -> cards.add(card(r.member(), r.periods())));
            if (me.holderFiscalCode() != null) {
                cards.add(new Paragraph(getTranslation("my_family.not_holder")));
            }
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private Card card(MembersApi.Member member, List<MembersApi.Period> periods) {
        Card card = new Card();
        card.addClassName("coverage-card");
        card.setTitle(member.fullName());
        Div lines = new Div();
        lines.addClassName("coverage-lines");
        lines.add(row(getTranslation("family.role"), getTranslation("family.role." + member.familyRole())));
        lines.add(row(getTranslation("members.fiscal_code"), member.fiscalCode()));
        lines.add(row(getTranslation("members.coverage"), Periods.describe(periods, LocalDate.now(), this::getTranslation)));
        card.add(lines);
        return card;
    }

    private static Div row(String label, String value) {
        Span l = new Span(label);
        l.addClassName("label");
        Span v = new Span(value);
        v.addClassName("value");
        return new Div(l, v);
    }
}
