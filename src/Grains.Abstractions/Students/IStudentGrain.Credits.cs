using OnePlusX.Outcomes;

namespace OnePlusX.Students;

/// <summary>Certificates a student holds and the credits granted for them (XM-CRD-1, JL-CRD-1).</summary>
public partial interface IStudentGrain
{
    /// <summary>Records a certificate issued to the student (called by the project grain); the same number again changes nothing.</summary>
    Task<CommandResult<StudentDetails>> RecordCertificateAsync(HeldCertificate certificate);

    /// <summary>
    /// Grants credits for a certificate the student holds (or a driving licence, where the policy counts one), as the
    /// college's policy decides (XM-CRD-1: 2 credits of innovation practice or public elective; JL-CRD-1: course
    /// substitution); once per certificate.
    /// </summary>
    Task<CommandResult<StudentDetails>> GrantCreditsAsync(GrantCredits command);
}
