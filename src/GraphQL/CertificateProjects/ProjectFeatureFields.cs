namespace OnePlusX.GraphQL.CertificateProjects;

/// <summary>Where the project's feature folders (trainings, exams, candidates) add their fields to the project type.</summary>
public static class ProjectFeatureFields
{
    public static void AddTo(CertificateProjectType project)
    {
        PilotStepFields.AddTo(project);
        Trainings.TrainingFields.AddTo(project);
        Exams.ExamFields.AddTo(project);
        Candidates.CandidateFields.AddTo(project);
    }
}
