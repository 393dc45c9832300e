package it.mutua.admin.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import it.mutua.admin.security.CurrentUser;

/** The application's root: sends each user to the first screen of their menu (a member to their coverage). */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Menu.homeFor(CurrentUser.require()));
    }
}
