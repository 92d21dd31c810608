using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Certificates;

/// <summary>Root fields for the certificate catalogue (public reference data).</summary>
public static class CertificateQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        var certificates = query.Connection<CertificateType>("certificates")
            .Description("The certificate catalogue (证书目录), ordered by code. Sample data.")
            .Bidirectional()
            .AllowAnonymous();
        Paging.ResolveWith(certificates, (c, offset, limit) =>
        {
            var all = c.Reference().Certificates();
            return Task.FromResult(new Page<CertificateRecord>(all.Skip(offset).Take(limit).ToList(), all.Count));
        });
    }
}
