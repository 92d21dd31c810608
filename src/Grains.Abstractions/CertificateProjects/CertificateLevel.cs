namespace OnePlusX.CertificateProjects;

/// <summary>等级: 初级 / 中级 / 高级, numbered 1 / 2 / 3 as in the national catalogue.</summary>
public enum CertificateLevel
{
    Elementary = 1,
    Intermediate = 2,
    Advanced = 3,
}
