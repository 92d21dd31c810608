using GraphQL.Types;
using OnePlusX.Policies;

namespace OnePlusX.GraphQL.Conventions;

public sealed class ExplanationType : ObjectGraphType<Explanation>
{
    public ExplanationType()
    {
        Name = "Explanation";
        Description = "A one-line text in both languages (中英文说明).";
        Field(e => e.Chinese).Description("In Chinese (中文).");
        Field(e => e.English).Description("In English (英文).");
    }
}
