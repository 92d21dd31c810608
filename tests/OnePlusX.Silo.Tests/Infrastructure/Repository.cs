namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>The checkout the tests run from, found by walking up from the test output to OnePlusX.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OnePlusX.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("OnePlusX.sln not found above the test output.");
    }
}
