namespace OnePlusX.Policies;

/// <summary>A certificate about to be issued (证书颁发) to a candidate.</summary>
/// <param name="IssuedOn">Issue date; parameters are taken as in force on this day.</param>
/// <param name="Passed">The candidate's result is a pass.</param>
/// <param name="ScanArchived">A scan of the certificate is in the archive.</param>
public sealed record IssuanceFacts(DateOnly IssuedOn, bool Passed, bool ScanArchived);
