package it.mutua.app.claim.application;

import java.util.List;

/**
 * Claims submitted together by the national office (e.g. a facility's monthly billing of direct-network services):
 * each one shaped as a single submission, at most {@link ClaimBatchSubmission#MAX_CLAIMS}.
 */
public record NewClaimBatch(List<NewClaim> claims) {
}
