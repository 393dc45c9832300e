package it.mutua.admin.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import it.mutua.admin.api.ApiException;
import it.mutua.admin.api.Caller;
import it.mutua.admin.api.MembersApi;
import it.mutua.admin.ui.Feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The holder's family unit inside the member form: who, role, coverage; add a relative, end a relative's cover. */
class FamilyPanel extends VerticalLayout {

    private final MembersApi api;
    private final MembersApi.Detail holder;
    private final Supplier<Caller> caller;
    private final Grid<MembersApi.Relative> grid = new Grid<>();

    FamilyPanel(MembersApi api, MembersApi.Detail holder, Supplier<Caller> caller) {
        this.api = api;
        this.holder = holder;
        this.caller = caller;
        setPadding(false);
        setId("family-panel");
        configureGrid();
        Button add = new Button(getTranslation("family.add"), VaadinIcon.PLUS.create(),
                click -> new RelativeDialog(api, holder.member().fiscalCode(), caller, this::reload).open());
        add.setId("family-add");
        add.setEnabled(holder.member().endDate() == null);
        add(new H3(getTranslation("family.title")), grid, add);
        grid.setItems(holder.family());
    }

    private void configureGrid() {
        grid.addColumn(r -> r.member().fullName()).setHeader(getTranslation("members.name")).setFlexGrow(2);
        grid.addColumn(r -> r.member().fiscalCode()).setHeader(getTranslation("members.fiscal_code")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("family.role." + r.member().familyRole())).setHeader(getTranslation("family.role"));
        grid.addColumn(r -> Periods.describe(r.periods(), LocalDate.now(), this::getTranslation))
                .setHeader(getTranslation("members.coverage")).setFlexGrow(2);
        grid.addComponentColumn(this::endButton).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("family.none"));
    }

    private Button endButton(MembersApi.Relative relative) {
        Button end = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> new MemberDialog.EndDialog(
                getTranslation("family.end_title", relative.member().fullName()), getTranslation("family.end_text"),
                lastDay -> end(relative, lastDay)).open());
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.setAriaLabel(getTranslation("family.end"));
        end.setTooltipText(getTranslation("family.end"));
        end.setVisible(relative.periods().stream().anyMatch(p -> p.endDate() == null));
        return end;
    }

    private void end(MembersApi.Relative relative, LocalDate lastDay) {
        try {
            api.endRelative(holder.member().fiscalCode(), relative.member().fiscalCode(), lastDay, caller.get());
            Feedback.success(getTranslation("family.ended", relative.member().fullName()));
            reload();
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }

    private void reload() {
        try {
            List<MembersApi.Relative> family = api.family(holder.member().fiscalCode(), caller.get());
            grid.setItems(family);
        } catch (ApiException e) {
            Feedback.failure(this, e);
        }
    }
}
