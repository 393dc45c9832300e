package it.mutua.app.tenancy;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Belt and braces: whatever happened inside JAX-RS (an exception before the response filter, a streaming response),
 * the request thread goes back to the pool without a tenant.
 */
@WebListener
public class TenantContextCleaner implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        TenantContext.clear();
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        TenantContext.clear();
    }
}
